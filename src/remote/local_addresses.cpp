// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/local_addresses.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>
#include <memory>

namespace podium {

namespace {

struct IfaddrsFree {
    void operator()(ifaddrs* list) const { freeifaddrs(list); }
};

} // namespace

std::vector<std::string> local_ipv4_addresses()
{
    ifaddrs* raw = nullptr;
    if (getifaddrs(&raw) != 0) {
        return {"127.0.0.1"};
    }
    const std::unique_ptr<ifaddrs, IfaddrsFree> list(raw);
    std::vector<std::string> network;
    std::vector<std::string> loopback;
    for (const ifaddrs* entry = list.get(); entry != nullptr; entry = entry->ifa_next) {
        if (entry->ifa_addr == nullptr || entry->ifa_addr->sa_family != AF_INET || (entry->ifa_flags & IFF_UP) == 0) {
            continue;
        }
        char text[INET_ADDRSTRLEN] = {};
        const auto* address = reinterpret_cast<const sockaddr_in*>(entry->ifa_addr);
        if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text) == nullptr) {
            continue;
        }
        ((entry->ifa_flags & IFF_LOOPBACK) != 0 ? loopback : network).emplace_back(text);
    }
    network.insert(network.end(), loopback.begin(), loopback.end());
    if (network.empty()) {
        network.emplace_back("127.0.0.1");
    }
    return network;
}

std::string url_host_for(const std::string& bind)
{
    if (bind != "0.0.0.0" && bind != "::" && !bind.empty()) {
        return bind;
    }
    return local_ipv4_addresses().front();
}

} // namespace podium
