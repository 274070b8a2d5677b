// SPDX-License-Identifier: Apache-2.0
// bench-hash [N] [T...]: hashes a password with crypto_pwhash_str at the parameters of
// server/PasswordHasher (Argon2id, OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE). First N times
// (default 9) on one thread: the median and minimum ms, so cores ÷ median is what sign-ins can
// reach. Then, for each T given, N hashes on each of T threads at once: hashes per second, which
// shows what running more hashes than cores at the same time costs. Prints one JSON object.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sodium.h>
#include <string>
#include <thread>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;
const char kPassword[] = "bench password 2026";

double cpuMs()
{
    timespec spec {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return double(spec.tv_sec) * 1e3 + double(spec.tv_nsec) / 1e6;
}

double hashOnceMs()
{
    char out[crypto_pwhash_STRBYTES];
    const auto start = Clock::now();
    if (crypto_pwhash_str(out, kPassword, sizeof kPassword - 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        std::abort();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double parallelPerSecond(int threads, int runs)
{
    const auto start = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([runs] {
            for (int i = 0; i < runs; ++i)
                hashOnceMs();
        });
    for (std::thread& thread : pool)
        thread.join();
    return threads * runs / std::chrono::duration<double>(Clock::now() - start).count();
}
} // namespace

int main(int argc, char* argv[])
{
    if (sodium_init() < 0)
        return 1;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double before = cpuMs();
        ms.push_back(hashOnceMs());
        cpu.push_back(cpuMs() - before);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(ms.begin(), ms.end());
    // Verification (what a sign-in does) costs the same as hashing: same parameters, one pass.
    std::string parallel;
    for (int i = 2; i < argc; ++i) {
        const int threads = std::max(1, std::atoi(argv[i]));
        char item[64];
        std::snprintf(item, sizeof item, "%s\"%d\": %.2f", parallel.empty() ? "" : ", ", threads,
                      parallelPerSecond(threads, std::max(1, runs / 2)));
        parallel += item;
    }
    // CPU time tells the hash's own cost from time other processes took on a busy machine.
    std::printf("{\"medianMs\": %.2f, \"minMs\": %.2f, \"cpuMedianMs\": %.2f, \"runs\": %d, "
                "\"parallelPerSecond\": {%s}}\n",
                ms[ms.size() / 2], ms.front(), cpu[cpu.size() / 2], runs, parallel.c_str());
    return 0;
}
