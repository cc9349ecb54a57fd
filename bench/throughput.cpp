// Throughput of quoteattr's stages in MB/s (placeholder; see issue 2).
#include <quoteattr/quoteattr.hpp>
int main() { return 0; }
