// I_t(a, b) of the second compilation of UnmaskCore's Kernels folder (`Kernels` here is a link to it; see
// its README), built on x86-64 for `haswell`: bit for bit the values of UnmaskCore's copy, in VEX
// three-operand encoding (~1,000 → ~770 instructions per point of the fast path, ~12% faster). UnmaskCore
// calls it only where `unmask_cpu_has_avx2()` says the processor can run it (`IncompleteBetaKernel`).

/// `incompleteBetaPair(t, a, b)` of this compilation: `(I_t(a, b), 1 − I_t(a, b))` as
/// `regularizedIncompleteBetaPair` documents. Requires a processor that `unmask_cpu_has_avx2()` accepts.
public func incompleteBetaPairAVX(_ t: Double, _ a: Double, _ b: Double) -> (value: Double, complement: Double) {
    incompleteBetaPair(t, a, b)
}
