#include "unmask_cpu.h"

int unmask_cpu_has_avx(void) {
#if defined(__x86_64__)
    // The compiler runtime's CPUID tables; "avx" also checks XCR0, i.e. that the OS enabled the registers.
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("popcnt");
#else
    return 0;
#endif
}
