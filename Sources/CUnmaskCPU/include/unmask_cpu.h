#ifndef UNMASK_CPU_H
#define UNMASK_CPU_H

/// 1 when the processor has AVX (with SSE4.2 and POPCNT, which every AVX processor has) and the
/// operating system saves the AVX registers, so that code compiled for `sandybridge` can run; else 0.
/// Always 0 on processors other than x86-64.
int unmask_cpu_has_avx(void);

#endif
