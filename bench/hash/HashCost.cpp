// bench-hash [N]: hashes a password N times (default 9) with crypto_pwhash_str at the parameters
// of server/PasswordHasher (Argon2id, OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE) on one thread,
// and prints the median and the minimum in ms as JSON: cores ÷ this is what sign-ins can reach.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>
#include <vector>

int main(int argc, char* argv[])
{
    if (sodium_init() < 0)
        return 1;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    const char password[] = "bench password 2026";
    std::vector<double> ms;
    char out[crypto_pwhash_STRBYTES];
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        if (crypto_pwhash_str(out, password, sizeof password - 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
            return 1;
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    // Verification (what a sign-in does) costs the same as hashing: same parameters, one pass.
    std::printf("{\"medianMs\": %.2f, \"minMs\": %.2f, \"runs\": %d}\n", ms[ms.size() / 2], ms.front(), runs);
    return 0;
}
