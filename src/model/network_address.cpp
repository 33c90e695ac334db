#include "awesomelint/model/network_address.h"

#include <arpa/inet.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace awesomelint {
namespace {

bool IsPrivateIpv4(uint32_t ip) {  // host byte order
  auto in = [ip](uint32_t network, int bits) {
    uint32_t mask = bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
    return (ip & mask) == network;
  };
  return in(0x00000000, 8)      // 0.0.0.0/8: "this network"
         || in(0x0A000000, 8)   // 10.0.0.0/8
         || in(0x64400000, 10)  // 100.64.0.0/10: carrier-grade NAT
         || in(0x7F000000, 8)   // 127.0.0.0/8: loopback
         || in(0xA9FE0000, 16)  // 169.254.0.0/16: link-local, cloud metadata
         || in(0xAC100000, 12)  // 172.16.0.0/12
         || in(0xC0000000, 24)  // 192.0.0.0/24: protocol assignments
         || in(0xC0A80000, 16)  // 192.168.0.0/16
         || in(0xC6120000, 15)  // 198.18.0.0/15: benchmarking
         || in(0xE0000000, 3);  // 224.0.0.0/3: multicast, reserved, broadcast
}

bool IsPrivateIpv6(const std::array<uint8_t, 16>& ip) {
  static constexpr std::array<uint8_t, 16> kZero = {};
  std::array<uint8_t, 16> loopback = {};
  loopback[15] = 1;
  if (ip == kZero || ip == loopback) return true;
  // An IPv4 address mapped (::ffff:a.b.c.d) or translated (64:ff9b::a.b.c.d).
  bool mapped = std::memcmp(ip.data(), "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12) == 0;
  bool translated = std::memcmp(ip.data(), "\0\x64\xff\x9b\0\0\0\0\0\0\0\0", 12) == 0;
  if (mapped || translated) {
    uint32_t v4 = uint32_t{ip[12]} << 24 | uint32_t{ip[13]} << 16 | uint32_t{ip[14]} << 8 | ip[15];
    return IsPrivateIpv4(v4);
  }
  return (ip[0] & 0xFE) == 0xFC                        // fc00::/7: unique local
         || (ip[0] == 0xFE && (ip[1] & 0xC0) == 0x80)  // fe80::/10: link-local
         || ip[0] == 0xFF;                             // ff00::/8: multicast
}

}  // namespace

bool IsPrivateAddress(std::string_view address) {
  std::string text(address);
  in_addr v4{};
  if (inet_pton(AF_INET, text.c_str(), &v4) == 1) return IsPrivateIpv4(ntohl(v4.s_addr));
  std::array<uint8_t, 16> v6{};
  if (inet_pton(AF_INET6, text.c_str(), v6.data()) == 1) return IsPrivateIpv6(v6);
  return false;
}

bool NamesPrivateHost(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host == "localhost" || (host.size() > 10 && host.substr(host.size() - 10) == ".localhost"))
    return true;
  return IsPrivateAddress(host);
}

}  // namespace awesomelint
