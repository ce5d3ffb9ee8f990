import CUnmaskCPU
import Foundation

/// Which compilation of I_t (`incompleteBetaPair`: the fast path and the TOMS 708 tree) this process runs.
///
/// Both are the same source with the same IEEE operations in the same order, so they return the same
/// values bit for bit; `avx` (module UnmaskCoreAVX, compiled for `sandybridge`) uses AVX's three-operand
/// encoding and runs ~12% faster. Chosen once per process: `avx` where the processor has AVX and the
/// operating system enables it, unless the environment variable `UNMASK_DISABLE_AVX` is set to anything
/// but `0` or the empty string; `portable` otherwise (and always on processors other than x86-64).
public enum IncompleteBetaKernel: String, Sendable {
    case portable
    case avx

    /// Whether this processor (and its operating system) can run the `avx` kernel.
    public static let isAVXSupported = unmask_cpu_has_avx() != 0

    /// The kernel of this process.
    public static let current: IncompleteBetaKernel = {
        let disabled = ProcessInfo.processInfo.environment["UNMASK_DISABLE_AVX"].map { !$0.isEmpty && $0 != "0" } ?? false
        return !disabled && isAVXSupported ? .avx : .portable
    }()
}
