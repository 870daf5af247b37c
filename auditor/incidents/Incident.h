#pragma once

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace auditor {

/**
 * What happened to the account. The ids ("lost_control", …) are the ones checks/directory uses
 * in a channel's `kinds` and the notice templates use to choose their wording.
 */
enum class IncidentKind
{
    LostControl, // the owner cannot sign in any more (taken over)
    Impersonated, // someone runs a fake account in the owner's name
    AbusedScam, // the real account is used to ask contacts for money or codes
    SuspiciousSignin, // an unknown sign-in, the owner still has access
};

std::string incidentKindId(IncidentKind kind);
std::optional<IncidentKind> incidentKindFromId(const std::string& id);

/** The person who files the police report (Đơn trình báo). Kept only on the user's machine. */
struct Applicant
{
    std::string fullName;
    std::string dateOfBirth; // "1985-03-14" or empty
    std::string idNumber; // CCCD / số định danh cá nhân
    std::string idIssuedOn; // "2021-06-30" or empty
    std::string idIssuedBy;
    std::string address; // nơi cư trú
    std::string phone;
    std::string email;
    std::string workplace; // school or office
    std::string position; // chức vụ
};

/** The account concerned, and for an impersonation the fake one. */
struct IncidentAccount
{
    std::string platform; // a checks/platforms id: "facebook", "zalo", …
    std::string identifier; // URL, ID, username, phone or e-mail
    std::string displayName;
    std::string registeredContact; // phone / e-mail registered on the account
    bool unitAccount = false; // the school's page or account rather than a personal one
    std::string fakeAccount; // URL or ID of the fake account (impersonation)
};

/** One piece of evidence. Files are never copied: their path and SHA-256 are recorded. */
struct Evidence
{
    enum class Type
    {
        File,
        Screenshot,
        Url,
        Message, // a copied message text
        Receipt, // a money-transfer receipt
    };
    Type type = Type::File;
    std::string description;
    std::string path; // for File / Screenshot / Receipt
    std::string sha256; // lower-case hex, for File / Screenshot / Receipt
    std::string url; // for Url
    std::string text; // for Message
    TimePoint addedAt{};
};

std::string evidenceTypeId(Evidence::Type type);
std::optional<Evidence::Type> evidenceTypeFromId(const std::string& id);

/** A step of the guided flow or an action the user took on their own, with when it was done. */
struct IncidentAction
{
    std::string stepId; // a triage step id ("change_password") or empty for a free-text action
    std::string text; // free text, or a note on the step
    TimePoint doneAt{};
};

/** Who was told: a contact warned, the provider, the police, the head of unit. */
struct Notification
{
    std::string to; // "contacts", "provider", "police", "unit", or a free name
    std::string channel; // "zalo group", "phone", "facebook.hacked", …
    std::string reference; // ticket or case number
    TimePoint at{};
};

/** Answers to the triage questions; unset until asked. */
struct TriageAnswers
{
    std::optional<bool> stillHasAccess;
    std::optional<bool> someonePostingAsYou;
    std::optional<bool> contactsGotStrangeMessages;
    std::optional<bool> moneyLost;
    std::optional<bool> emailAlsoAffected;
};

/**
 * An incident: one account that was taken over, faked or abused, and everything the documents
 * need. Stored as JSON (checks/schema/incident.schema.json) in the user's data folder, readable
 * only by the user; never part of a readiness report.
 */
struct Incident
{
    static constexpr int kSchemaVersion = 1;

    std::string id; // "inc-20261128-0001"
    IncidentKind kind = IncidentKind::LostControl;
    IncidentAccount account;
    Applicant applicant;
    std::string occurredAt; // ISO 8601 local with offset ("2026-11-27T21:30:00+07:00"), date only, or empty if unknown
    std::string discoveredAt; // same forms
    std::string description; // what happened, in the user's words
    std::string damage; // money lost, harm; empty = "chưa xác định"
    TriageAnswers triage;
    std::vector<Evidence> evidence;
    std::vector<IncidentAction> actions;
    std::vector<Notification> notifications;
    std::string providerTicket;
    std::string request; // what the applicant asks the police for; empty = the template's default
    std::string place; // địa danh for the documents ("Nha Trang"); empty = the profile's default
    std::string language = "vi"; // language of the documents
    TimePoint createdAt{};
    TimePoint updatedAt{};
    std::optional<TimePoint> closedAt;
};

/** To JSON in the schema's shape (snake_case keys). */
nlohmann::json incidentToJson(const Incident& incident);

/**
 * From JSON; every problem (wrong type, unknown kind, bad date) is reported with its JSON pointer.
 * Returns an error "incident_invalid" when `issues` is not empty.
 */
Result<Incident> incidentFromJson(const nlohmann::json& json,
                                  const std::filesystem::path& origin,
                                  std::vector<JsonIssue>* issues = nullptr);

/** Reads an incident file and converts it as incidentFromJson does (syntax errors give the line). */
Result<Incident> loadIncidentFile(const std::filesystem::path& path, std::vector<JsonIssue>* issues = nullptr);

/** The local-time offset used to show times in documents: the incident's own if it has one, else +07:00. */
int incidentUtcOffsetMinutes(const Incident& incident);

} // namespace auditor
