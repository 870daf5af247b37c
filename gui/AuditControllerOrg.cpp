// AuditController: the organisation (readiness) side: the profile the IT lead hands out, joining a
// unit, the version 2 staff report and sending it to the collector. One core call each.
#include "AuditController.h"

#include "common/Files.h"
#include "incidents/IncidentStore.h"
#include "incidents/OrgProfileLoader.h"
#include "readiness/Enrolment.h"
#include "readiness/Profile.h"
#include "readiness/StaffReport.h"
#include "readiness/Submit.h"

#include <QPointer>
#include <QThread>

#include <chrono>

using namespace auditor;

namespace {

/** The last report this computer sent: <data>/report-sent.json ({"profile_id", "sent_at"}). */
constexpr const char* kSentFile = "report-sent.json";

QString issuesText(const std::vector<JsonIssue>& issues)
{
    QString text;
    for (const JsonIssue& issue : issues) {
        text += QStringLiteral("\n%1 %2").arg(QString::fromStdString(issue.pointer),
                                              QString::fromStdString(issue.message));
    }
    return text;
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

std::optional<TimePoint> lastSentFor(const std::filesystem::path& dataDir, const std::string& profileId)
{
    std::error_code ec;
    if (!std::filesystem::exists(dataDir / kSentFile, ec)) {
        return std::nullopt;
    }
    auto sent = loadJsonFile(dataDir / kSentFile);
    if (!sent || !sent->is_object() || sent->value("profile_id", std::string()) != profileId) {
        return std::nullopt; // unreadable, or sent to another organisation: the next report is due
    }
    return parseIsoUtc(sent->value("sent_at", std::string()));
}

} // namespace

QString AuditController::orgProfilePath() const
{
    return QString::fromStdU16String(installedProfilePath(dataDir()).u16string());
}

AuditController::OrgView AuditController::orgView() const
{
    OrgView view;
    const std::filesystem::path file = installedProfilePath(dataDir());
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return view;
    }
    std::vector<JsonIssue> issues;
    auto installed = loadFullProfile(file, m_contentDir, &issues);
    if (!installed) {
        view.problem = QString::fromStdString(m_catalog->error(installed.error())) + issuesText(issues);
        return view;
    }
    const ReadinessProfile& profile = installed->readiness;
    view.hasProfile = true;
    view.profileId = QString::fromStdString(profile.profileId);
    view.orgName = QString::fromStdString(profile.orgName);
    view.parentName = QString::fromStdString(profile.parentName);
    for (const OrgUnit& unit : profile.units) {
        view.units.append({QString::fromStdString(unit.id), QString::fromStdString(unit.name)});
    }
    view.allowsName = profile.includeName;
    view.allowsEmail = profile.includeEmail;
    view.hasCollector = profile.collector.configured();
    view.collectorUrl = QString::fromStdString(profile.collector.url);
    view.reportEveryDays = profile.reportEveryDays;

    auto membership = loadMembership(dataDir());
    if (!membership || membership->profileId != profile.profileId) {
        return view; // not joined, or joined an organisation whose profile was replaced
    }
    const ReportIdentity identity = reportIdentity(profile, *membership);
    view.joined = true;
    view.unitId = QString::fromStdString(identity.unit);
    const OrgUnit* unit = profile.unit(identity.unit);
    view.unitName = unit ? QString::fromStdString(unit->name) : view.unitId;
    view.name = QString::fromStdString(identity.name);
    view.email = QString::fromStdString(identity.email);
    view.lastSent = lastSentFor(dataDir(), profile.profileId);
    view.reportDue = !view.lastSent
        || m_clock.now() - *view.lastSent >= std::chrono::hours(24) * std::max(profile.reportEveryDays, 0);
    return view;
}

bool AuditController::importProfileFile(const QString& path, QString* errorText)
{
    JsonIssue syntax;
    auto profile = loadJsonFile(toPath(path), &syntax);
    if (!profile) {
        *errorText = QString::fromStdString(m_catalog->error(profile.error()));
        if (syntax.line > 0) {
            *errorText += QStringLiteral("\n%1:%2 %3")
                              .arg(syntax.line)
                              .arg(syntax.column)
                              .arg(QString::fromStdString(syntax.message));
        }
        return false;
    }
    std::vector<JsonIssue> issues;
    auto installed = installProfile(dataDir(), m_contentDir, *profile, &issues, toPath(path));
    if (!installed) {
        *errorText = QString::fromStdString(m_catalog->error(installed.error())) + issuesText(issues);
        return false;
    }
    m_incidentSupport.reset(); // the notices read the same profile: load it again when next needed
    Q_EMIT organisationChanged();
    return true;
}

bool AuditController::importProfileCode(const QString& code, QString* errorText)
{
    auto profile = decodeProfileCode(code.toStdString());
    if (!profile) {
        *errorText = QString::fromStdString(m_catalog->error(profile.error()));
        return false;
    }
    std::vector<JsonIssue> issues;
    auto installed = installProfile(dataDir(), m_contentDir, *profile, &issues);
    if (!installed) {
        *errorText = QString::fromStdString(m_catalog->error(installed.error())) + issuesText(issues);
        return false;
    }
    m_incidentSupport.reset();
    Q_EMIT organisationChanged();
    return true;
}

bool AuditController::joinOrganisation(const QString& unitId,
                                       const QString& name,
                                       const QString& email,
                                       QString* errorText)
{
    const OrgView view = orgView();
    if (!view.hasProfile) {
        *errorText = view.problem;
        return false;
    }
    Membership membership = newMembership(view.profileId.toStdString(),
                                          unitId.toStdString(),
                                          view.allowsName ? name.trimmed().toStdString() : std::string(),
                                          view.allowsEmail ? email.trimmed().toStdString() : std::string());
    // Changing unit keeps the person: the dashboard sees one person move, not a new one.
    if (auto old = loadMembership(dataDir()); old && old->profileId == membership.profileId) {
        membership.personId = old->personId;
    }
    if (const Status saved = saveMembership(dataDir(), membership); !saved.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(saved.error()));
        return false;
    }
    Q_EMIT organisationChanged();
    return true;
}

bool AuditController::leaveOrganisation(QString* errorText)
{
    std::error_code ec;
    std::filesystem::remove(membershipPath(dataDir()), ec);
    if (ec) {
        *errorText = QString::fromStdString(ec.message());
        return false;
    }
    Q_EMIT organisationChanged();
    return true;
}

bool AuditController::orgReport(std::string* reportJson, QString* errorText)
{
    // The core's one way of making the outgoing report, so the GUI shows, saves and sends the very
    // bytes `auditor report show --format json` prints. Without a profile it is a personal report.
    std::vector<JsonIssue> issues;
    auto outgoing = prepareStaffReport(m_content, m_progress, m_clock, dataDir(), m_contentDir, &issues);
    if (!outgoing) {
        *errorText = QString::fromStdString(m_catalog->error(outgoing.error())) + issuesText(issues);
        return false;
    }
    // A report that breaks its own schema is a bug: never show or send it.
    if (const Status valid
        = validateStaffReport(outgoing->report, m_contentDir / "schema" / "staff-report.schema.json");
        !valid.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(valid.error()));
        return false;
    }
    *reportJson = staffReportText(outgoing->report);
    return true;
}

bool AuditController::saveOrgReport(const std::string& reportJson, const QString& path, QString* errorText)
{
    if (const Status written = writeFileAtomically(toPath(path), reportJson, WriteOptions{false, false});
        !written.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(written.error()));
        return false;
    }
    return true;
}

void AuditController::sendOrgReport(std::string reportJson,
                                    QObject* context,
                                    std::function<void(const SendOutcome&)> done)
{
    const std::filesystem::path file = installedProfilePath(dataDir());
    std::vector<JsonIssue> issues;
    auto installed = loadFullProfile(file, m_contentDir, &issues);
    if (!installed) {
        SendOutcome outcome;
        outcome.code = installed.error().code;
        outcome.detail = QString::fromStdString(m_catalog->error(installed.error())) + issuesText(issues);
        done(outcome);
        return;
    }
    const CollectorSettings collector = installed->readiness.collector;
    const std::string profileId = installed->readiness.profileId;
    auto result = std::make_shared<std::optional<Result<SubmitReceipt>>>();
    auto body = std::make_shared<const std::string>(std::move(reportJson));
    QThread* worker = QThread::create([collector, body, result] { result->emplace(submitReport(collector, *body)); });
    m_workers.append(worker);
    QPointer<QObject> guard(context);
    connect(worker, &QThread::finished, this, [this, worker, guard, result, profileId, done = std::move(done)]() {
        m_workers.removeAll(worker);
        worker->deleteLater();
        SendOutcome outcome;
        const Result<SubmitReceipt>& sent = **result;
        if (sent) {
            outcome.ok = true;
            outcome.code = sent->outcome;
            // Remembered so the page can say when the next report is due.
            const nlohmann::json record{{"profile_id", profileId}, {"sent_at", formatIsoUtc(m_clock.now())}};
            if (const Status saved = writeFileAtomically(dataDir() / kSentFile, record.dump(2) + "\n"); !saved.ok()) {
                outcome.detail = QString::fromStdString(m_catalog->error(saved.error()));
            }
            Q_EMIT organisationChanged();
        } else {
            outcome.code = sent.error().code;
            outcome.detail = QString::fromStdString(m_catalog->error(sent.error()));
        }
        if (guard) {
            done(outcome);
        }
    });
    worker->start();
}

bool AuditController::loadProfileJson(const QString& path, nlohmann::json* profile, QString* errorText) const
{
    JsonIssue syntax;
    auto loaded = loadJsonFile(toPath(path), &syntax);
    if (!loaded) {
        *errorText = QString::fromStdString(m_catalog->error(loaded.error()));
        if (syntax.line > 0) {
            *errorText += QStringLiteral("\n%1:%2 %3")
                              .arg(syntax.line)
                              .arg(syntax.column)
                              .arg(QString::fromStdString(syntax.message));
        }
        return false;
    }
    if (!loaded->is_object()) {
        *errorText = QString::fromStdString(m_catalog->error(Error("org_profile.invalid")));
        return false;
    }
    *profile = std::move(*loaded);
    return true;
}

nlohmann::json AuditController::newProfileJson(const QString& id,
                                               const QString& orgName,
                                               const QString& parentName) const
{
    return newProfileTemplate(id.toStdString(), orgName.toStdString(), parentName.toStdString());
}

bool AuditController::saveProfileJson(const QString& path,
                                      const nlohmann::json& profile,
                                      std::vector<JsonIssue>* issues,
                                      QString* errorText)
{
    // As `auditor org edit` does: the whole profile checked in memory, then an atomic write (the
    // installed profile too: the staff side reads it again on its next look).
    const std::filesystem::path target = toPath(path);
    auto checked = checkProfileJson(profile, m_contentDir, target.parent_path(), issues, target);
    if (!checked) {
        *errorText = QString::fromStdString(m_catalog->error(checked.error()));
        return false;
    }
    if (const Status saved = saveProfileFile(target, profile); !saved.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(saved.error()));
        return false;
    }
    std::error_code ec;
    if (std::filesystem::equivalent(target, installedProfilePath(dataDir()), ec)) {
        m_incidentSupport.reset(); // the notices read the same profile
        Q_EMIT organisationChanged();
    }
    return true;
}

QString AuditController::profileCode(const nlohmann::json& profile) const
{
    return QString::fromStdString(encodeProfileCode(profile));
}

QString AuditController::newCollectorToken() const
{
    return QString::fromStdString(newEnrolmentToken());
}
