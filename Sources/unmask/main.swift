import UnmaskCore
print("unmask \(UnmaskCoreVersion.string)")
