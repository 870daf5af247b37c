#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace auditor {

/** A text in both languages the app speaks. */
struct LocalText
{
    std::string vi;
    std::string en;

    const std::string& in(const std::string& lang) const
    {
        return lang == "en" ? en : vi;
    }
};

enum class AccountType
{
    Personal,
    PageAdmin,
};

enum class Device
{
    Any,
    Phone,
    Computer,
};

std::string toString(AccountType type);
std::optional<AccountType> accountTypeFromString(const std::string& text);
std::string toString(Device device);

struct Step
{
    Device device = Device::Any;
    LocalText text;
};

struct Source
{
    std::string url;
    std::string title;
};

/** One thing to do to an account, as content in checks/platforms/<platform>.json. */
struct Check
{
    std::string id; // "<platform>.<slug>", stable across releases
    std::string platformId;
    std::string topic;
    LocalText title;
    LocalText why;
    std::vector<Step> steps;
    std::string settingsUrl; // empty when there is no web address
    std::optional<LocalText> settingsPath; // where to tap inside an app
    int weight = 1;
    int recheckDays = 365;
    std::set<AccountType> appliesTo;
    std::string verifiedByTool; // "password_check": the app's own check can mark it done
    bool verified = false;
    std::optional<LocalText> verificationNote;
    std::vector<Source> sources;
    std::string asOf;

    bool hasStepsFor(Device device) const;
};

enum class PlatformKind
{
    Platform,
    Foundation,
};

/** A provider account (Facebook, Zalo…) or a foundation topic (the master mailbox, devices). */
struct Platform
{
    std::string id;
    PlatformKind kind = PlatformKind::Platform;
    int order = 0;
    bool defaultSelected = false;
    LocalText name;
    LocalText description;
    std::string homeUrl;
    std::set<AccountType> accountTypes;
    std::string asOf;
    std::vector<Check> checks;
};

/** All checklist content, ordered for display, with look-ups by id. */
class Content
{
public:
    void add(Platform platform);
    void sort();

    const std::vector<Platform>& platforms() const
    {
        return m_platforms;
    }
    const Platform* platform(const std::string& id) const;
    const Check* check(const std::string& id) const;
    /** The newest as_of date among the files: the content's version. */
    std::string version() const;

private:
    std::vector<Platform> m_platforms;
};

} // namespace auditor
