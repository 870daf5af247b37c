#include "checklist/Progress.h"

namespace auditor {

std::string toString(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Done:
        return "done";
    case CheckStatus::NotDone:
        return "not_done";
    case CheckStatus::NotApplicable:
        return "not_applicable";
    case CheckStatus::RiskAccepted:
        return "risk_accepted";
    }
    return "not_done";
}

std::optional<CheckStatus> checkStatusFromString(const std::string& text)
{
    if (text == "done") {
        return CheckStatus::Done;
    }
    if (text == "not_done") {
        return CheckStatus::NotDone;
    }
    if (text == "not_applicable") {
        return CheckStatus::NotApplicable;
    }
    if (text == "risk_accepted") {
        return CheckStatus::RiskAccepted;
    }
    return std::nullopt;
}

bool statusNeedsReason(CheckStatus status)
{
    return status == CheckStatus::NotApplicable || status == CheckStatus::RiskAccepted;
}

void Progress::select(const std::string& platformId, std::set<AccountType> types)
{
    if (types.empty()) {
        types.insert(AccountType::Personal);
    }
    m_selection[platformId] = std::move(types);
}

void Progress::deselect(const std::string& platformId)
{
    m_selection.erase(platformId);
}

std::set<AccountType> Progress::accountTypes(const std::string& platformId) const
{
    const auto it = m_selection.find(platformId);
    return it == m_selection.end() ? std::set<AccountType>{} : it->second;
}

const CheckRecord* Progress::record(const std::string& checkId) const
{
    const auto it = m_records.find(checkId);
    return it == m_records.end() ? nullptr : &it->second;
}

Status Progress::setStatus(const Content& content,
                           const std::string& checkId,
                           CheckStatus status,
                           const std::string& reason,
                           const Clock& clock)
{
    if (!content.check(checkId)) {
        return Error("check.unknown", {{"id", checkId}});
    }
    const bool blank = reason.find_first_not_of(" \t\r\n") == std::string::npos;
    if (statusNeedsReason(status) && blank) {
        return Error("status.reason_required", {{"id", checkId}, {"status", toString(status)}});
    }
    m_records[checkId] = CheckRecord{status, clock.now(), statusNeedsReason(status) ? reason : std::string(), {}};
    return Ok{};
}

Status Progress::setVerified(
    const Content& content, const std::string& checkId, bool passed, const std::string& evidence, const Clock& clock)
{
    const Check* check = content.check(checkId);
    if (!check) {
        return Error("check.unknown", {{"id", checkId}});
    }
    if (check->verifiedByTool.empty() || evidence.rfind(check->verifiedByTool + ":", 0) != 0) {
        return Error("check.not_tool_verified", {{"id", checkId}});
    }
    m_records[checkId] = CheckRecord{passed ? CheckStatus::Done : CheckStatus::NotDone, clock.now(), {}, evidence};
    return Ok{};
}

void Progress::clearStatus(const std::string& checkId)
{
    m_records.erase(checkId);
}

bool Progress::applies(const Check& check) const
{
    const auto types = accountTypes(check.platformId);
    for (AccountType t : check.appliesTo) {
        if (types.count(t)) {
            return true;
        }
    }
    return false;
}

void applyAccountChoice(const Content& content,
                        Progress& progress,
                        const std::set<std::string>& personal,
                        const std::set<std::string>& pageAdmin)
{
    for (const Platform& p : content.platforms()) {
        const bool hasPersonal = p.accountTypes.count(AccountType::Personal) > 0;
        const bool hasAdmin = p.accountTypes.count(AccountType::PageAdmin) > 0;
        std::set<AccountType> types;
        if (!hasPersonal) {
            // A topic only for page admins: on when any page is administered.
            if (!pageAdmin.empty()) {
                types.insert(AccountType::PageAdmin);
            }
        } else if (personal.count(p.id) || pageAdmin.count(p.id)) {
            types.insert(AccountType::Personal);
            if (hasAdmin && pageAdmin.count(p.id)) {
                types.insert(AccountType::PageAdmin);
            }
        }
        if (types.empty()) {
            progress.deselect(p.id);
        } else {
            progress.select(p.id, types);
        }
    }
}

std::set<std::string> defaultAccountChoice(const Content& content)
{
    std::set<std::string> out;
    for (const Platform& p : content.platforms()) {
        if (p.defaultSelected && p.accountTypes.count(AccountType::Personal)) {
            out.insert(p.id);
        }
    }
    return out;
}

bool isStale(const Check& check, const CheckRecord& record, TimePoint now)
{
    return record.status == CheckStatus::Done && now - record.setAt >= std::chrono::days(check.recheckDays);
}

} // namespace auditor
