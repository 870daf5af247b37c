#include "checklist/Checklist.h"

#include <algorithm>

namespace auditor {

std::string toString(AccountType type)
{
    switch (type) {
    case AccountType::Personal:
        return "personal";
    case AccountType::PageAdmin:
        return "page_admin";
    }
    return "personal";
}

std::optional<AccountType> accountTypeFromString(const std::string& text)
{
    if (text == "personal") {
        return AccountType::Personal;
    }
    if (text == "page_admin") {
        return AccountType::PageAdmin;
    }
    return std::nullopt;
}

std::string toString(Device device)
{
    switch (device) {
    case Device::Any:
        return "any";
    case Device::Phone:
        return "phone";
    case Device::Computer:
        return "computer";
    }
    return "any";
}

bool Check::hasStepsFor(Device device) const
{
    return std::any_of(steps.begin(), steps.end(), [device](const Step& s) { return s.device == device; });
}

void Content::add(Platform platform)
{
    m_platforms.push_back(std::move(platform));
}

void Content::sort()
{
    std::stable_sort(m_platforms.begin(), m_platforms.end(), [](const Platform& a, const Platform& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

const Platform* Content::platform(const std::string& id) const
{
    for (const Platform& p : m_platforms) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const Check* Content::check(const std::string& id) const
{
    const auto dot = id.find('.');
    if (dot == std::string::npos) {
        return nullptr;
    }
    const Platform* p = platform(id.substr(0, dot));
    if (!p) {
        return nullptr;
    }
    for (const Check& c : p->checks) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

std::string Content::version() const
{
    std::string newest;
    for (const Platform& p : m_platforms) {
        newest = std::max(newest, p.asOf);
        for (const Check& c : p.checks) {
            newest = std::max(newest, c.asOf);
        }
    }
    return newest;
}

} // namespace auditor
