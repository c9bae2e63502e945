/* Test harness for FloatRuntimeFormatTest: reads "kind<TAB>bits" lines and prints the value with
 * the runtime formatter in the same six forms as float_table_gen.rs, tab-separated. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

void rac_rt_fmt_float(int fd, double v, int is_f32, int trait, int flags, uint32_t fill, int align, int64_t width,
                      int64_t prec);
void rac_rt_write_str(int fd, const char *p, size_t n);
void rac_rt_flush(void);

int main(void) {
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        char kind = line[0];
        unsigned long long bits = strtoull(line + 2, NULL, 10);
        double v;
        int f32 = kind == 'f';
        if (f32) { uint32_t b = (uint32_t)bits; float x; memcpy(&x, &b, 4); v = x; }
        else { memcpy(&v, &bits, 8); }
        rac_rt_write_str(1, line, 2);
        char num[32];
        int n = snprintf(num, sizeof num, "%llu\t", bits);
        rac_rt_write_str(1, num, (size_t)n);
        rac_rt_fmt_float(1, v, f32, 0, 0, ' ', 3, -1, -1);
        rac_rt_write_str(1, "\t", 1);
        rac_rt_fmt_float(1, v, f32, 1, 0, ' ', 3, -1, -1);
        rac_rt_write_str(1, "\t", 1);
        rac_rt_fmt_float(1, v, f32, 6, 0, ' ', 3, -1, -1);
        rac_rt_write_str(1, "\t", 1);
        rac_rt_fmt_float(1, v, f32, 6, 0, ' ', 3, -1, 1);
        rac_rt_write_str(1, "\t", 1);
        if (fabs(v) < 1e30) {
            rac_rt_fmt_float(1, v, f32, 0, 0, ' ', 3, -1, 3);
            rac_rt_write_str(1, "\t", 1);
            rac_rt_fmt_float(1, v, f32, 0, 1 | 8, ' ', 3, 9, 2);
        } else {
            rac_rt_write_str(1, "-\t-", 3);
        }
        rac_rt_write_str(1, "\n", 1);
    }
    rac_rt_flush();
    return 0;
}
