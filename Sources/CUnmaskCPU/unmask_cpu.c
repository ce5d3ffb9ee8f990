#include "unmask_cpu.h"

int unmask_cpu_has_avx2(void) {
#if defined(__x86_64__)
    // The compiler runtime's CPUID tables ("avx2" also checks XCR0, i.e. that the OS saves the AVX
    // registers): every extension that code compiled for `haswell` may contain.
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi")
        && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("lzcnt") && __builtin_cpu_supports("movbe")
        && __builtin_cpu_supports("f16c") && __builtin_cpu_supports("popcnt");
#else
    return 0;
#endif
}
