public enum UnmaskCoreVersion { public static let string = "0.1.0" }
