// Which addresses lie in a private network: where a public link's redirect must
// not lead (loopback, private ranges, link-local with the cloud metadata service,
// carrier-grade NAT, unspecified and multicast), for IPv4 and IPv6.
#pragma once

#include <string_view>

namespace awesomelint {

// `address` is a numeric IPv4 or IPv6 address (as libcurl reports the one it
// connected to) in a private network. False for anything that is not an address.
bool IsPrivateAddress(std::string_view address);

// The host of a URL names such an address itself: a literal address
// ("127.0.0.1", "[::1]") or "localhost" (and names under it).
bool NamesPrivateHost(std::string_view host);

}  // namespace awesomelint
