double pi = 3.141593;
float f = 1.5f, g = .5e-3, h = 1e10, k = 0x1Fp3;
auto x = 1'000'000ULL + 0b1010 + 017;
