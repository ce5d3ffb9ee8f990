import CUnmaskCPU
import Foundation

/// Which compilation of the Kernels folder this process runs: I_t (`incompleteBetaPair`: the fast path and
/// the TOMS 708 tree) and the energy heatmap's quadrature (`kernelEnergyIntegral`).
///
/// Both are the same source with the same IEEE operations in the same order, so they return the same
/// values bit for bit; `avx2` (module UnmaskCoreAVX, compiled for `haswell`) uses AVX's three-operand
/// encoding and runs faster (I_t ~12%). Chosen once per process: `avx2` where the processor has AVX2 and the
/// extensions that come with it (`unmask_cpu_has_avx2`) and the operating system enables them, unless the
/// environment variable `UNMASK_DISABLE_AVX` is set to anything but `0` or the empty string; `portable`
/// otherwise (and always on processors other than x86-64).
public enum IncompleteBetaKernel: String, Sendable {
    case portable
    case avx2

    /// Whether this processor (and its operating system) can run the `avx2` kernel.
    public static let isAVX2Supported = unmask_cpu_has_avx2() != 0

    /// The kernel of this process.
    public static let current: IncompleteBetaKernel = {
        let disabled = ProcessInfo.processInfo.environment["UNMASK_DISABLE_AVX"].map { !$0.isEmpty && $0 != "0" } ?? false
        return !disabled && isAVX2Supported ? .avx2 : .portable
    }()
}
