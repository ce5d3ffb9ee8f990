#ifndef UNMASK_CPU_H
#define UNMASK_CPU_H

/// 1 when the processor has what code compiled for `haswell` may use (AVX2, FMA, BMI1/2, LZCNT, MOVBE,
/// F16C, POPCNT: Intel since 2013, AMD since 2015) and the operating system saves the AVX registers;
/// else 0. Always 0 on processors other than x86-64.
int unmask_cpu_has_avx2(void);

#endif
