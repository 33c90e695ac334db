// Which addresses lie in a private network: where a public link's redirect may
// not lead.
#include "awesomelint/model/network_address.h"

#include <gtest/gtest.h>

namespace awesomelint {
namespace {

TEST(NetworkAddressTest, PrivateRangesOfIpv4) {
  for (const char* address :
       {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1"})
    EXPECT_TRUE(IsPrivateAddress(address)) << address;
  for (const char* address : {"8.8.8.8", "140.82.112.3", "172.15.255.255", "172.32.0.1",
                              "192.169.0.1", "100.128.0.1", "11.0.0.1"})
    EXPECT_FALSE(IsPrivateAddress(address)) << address;
}

TEST(NetworkAddressTest, PrivateRangesOfIpv6) {
  for (const char* address : {"::1", "::", "fc00::1", "fd00:ec2::254", "fe80::1", "ff02::1",
                              "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe"})
    EXPECT_TRUE(IsPrivateAddress(address)) << address;
  for (const char* address : {"2606:4700::6810:85e5", "::ffff:8.8.8.8", "2001:db9::1"})
    EXPECT_FALSE(IsPrivateAddress(address)) << address;
}

TEST(NetworkAddressTest, NamesThatAreNoAddressesAreNotPrivate) {
  for (const char* text : {"", "example.org", "127.0.0.1.nip.io", "1.2.3", "999.1.1.1", "[::1]"})
    EXPECT_FALSE(IsPrivateAddress(text)) << text;
}

TEST(NetworkAddressTest, HostsThatNameAPrivateAddressThemselves) {
  for (const char* host : {"127.0.0.1", "[::1]", "localhost", "api.localhost", "10.0.0.5"})
    EXPECT_TRUE(NamesPrivateHost(host)) << host;
  for (const char* host : {"example.org", "localhost.example.org", "github.com", "[2001:db9::1]"})
    EXPECT_FALSE(NamesPrivateHost(host)) << host;
}

}  // namespace
}  // namespace awesomelint
