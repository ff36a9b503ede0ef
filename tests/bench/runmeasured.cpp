// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-bench-run OUTFILE PROGRAM [ARGS...]: runs PROGRAM and writes "<exit> <wall ns> <peak RSS
// KiB>" to OUTFILE. A small process of its own, without Qt: a child forked from the benchmark
// itself would inherit the benchmark's resident pages in its peak RSS (Linux records the old
// address space's high-water mark at exec).
#include <cstdio>
#include <ctime>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: phin-bench-run OUTFILE PROGRAM [ARGS...]\n");
        return 64;
    }
    timespec start = {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 71;
    if (pid == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 71;
    timespec end = {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const long long ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    FILE *out = std::fopen(argv[1], "w");
    if (!out)
        return 73;
    std::fprintf(
        out, "%d %lld %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1, ns, usage.ru_maxrss);
    std::fclose(out);
    return 0;
}
