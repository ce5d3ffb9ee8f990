// I_t(a, b) compiled a second time. This target's other sources are symbolic links to UnmaskCore's
// special functions (all that `incompleteBetaPair` reaches), built on x86-64 for `haswell` (AVX2, FMA,
// BMI: Intel since 2013, AMD since 2015): the same IEEE operations in the same order (Swift fuses no
// multiply–adds), so the values are bit for bit those of UnmaskCore's copy, but in VEX three-operand
// encoding, which spares the register copies that SSE's two-operand forms need (~1,000 → ~770
// instructions per point of the fast path, ~12% faster; `sandybridge`, AVX only, gave ~785). UnmaskCore
// calls it only where `unmask_cpu_has_avx2()` says the processor can run it (`IncompleteBetaKernel`).

/// `incompleteBetaPair(t, a, b)` of this compilation: `(I_t(a, b), 1 − I_t(a, b))` as
/// `regularizedIncompleteBetaPair` documents. Requires a processor that `unmask_cpu_has_avx2()` accepts.
public func incompleteBetaPairAVX(_ t: Double, _ a: Double, _ b: Double) -> (value: Double, complement: Double) {
    incompleteBetaPair(t, a, b)
}
