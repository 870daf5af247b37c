// AuditController: the incident flow (recovery plan, incident store, notices). One core call each.
#include "AuditController.h"

#include "incidents/Directory.h"
#include "incidents/IncidentStore.h"
#include "incidents/NoticeComposer.h"
#include "incidents/NoticeFiles.h"
#include "incidents/OrgProfileLoader.h"
#include "incidents/Recovery.h"
#include "print/NoticeRenderer.h"

#include <QDir>

using namespace auditor;

struct AuditController::IncidentSupport
{
    Directory directory;
    std::optional<Recovery> recovery;
    std::optional<NoticeTemplates> templates;
    OrgProfile profile;
};

namespace {

QString issuesText(const std::vector<JsonIssue>& issues)
{
    QString text;
    for (const JsonIssue& issue : issues) {
        text += QStringLiteral("\n%1: %2 %3")
                    .arg(QString::fromStdString(issue.file.filename().string()),
                         QString::fromStdString(issue.pointer),
                         QString::fromStdString(issue.message));
    }
    return text;
}

QString joinLocal(const std::vector<SourceRef>& sources)
{
    QStringList out;
    for (const SourceRef& s : sources) {
        out << QString::fromStdString(!s.title.empty() ? s.title : !s.url.empty() ? s.url : s.document);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

AuditController::IncidentSupport* AuditController::incidentSupport(QString* errorText)
{
    if (m_incidentSupport) {
        return m_incidentSupport.get();
    }
    auto support = std::make_shared<IncidentSupport>();
    DirectoryReport directory = loadDirectory(m_contentDir, m_content);
    if (!directory.clean()) {
        *errorText = message("cli.content_invalid", {{"dir", m_contentDir.string()}}) + issuesText(directory.issues);
        return nullptr;
    }
    support->directory = std::move(directory.directory);
    // The organisation profile the IT lead handed out, when there is one in the data folder.
    const std::filesystem::path profileFile = dataDir() / "org-profile.json";
    std::error_code ec;
    if (std::filesystem::exists(profileFile, ec)) {
        std::vector<JsonIssue> issues;
        auto profile = loadOrgProfile(profileFile, m_contentDir, &issues);
        if (!profile) {
            *errorText = QString::fromStdString(m_catalog->error(profile.error())) + issuesText(issues);
            return nullptr;
        }
        const Status applied = applyProfile(support->directory, profile->profile, &issues, profileFile);
        if (!applied.ok()) {
            *errorText = QString::fromStdString(m_catalog->error(applied.error())) + issuesText(issues);
            return nullptr;
        }
        support->profile = std::move(profile->profile);
    }
    std::vector<JsonIssue> issues;
    auto recovery = Recovery::load(m_contentDir, m_content, support->directory, &issues);
    if (!recovery) {
        *errorText = QString::fromStdString(m_catalog->error(recovery.error())) + issuesText(issues);
        return nullptr;
    }
    support->recovery = std::move(*recovery);
    auto templates = NoticeTemplates::load(m_contentDir, &issues);
    if (!templates) {
        *errorText = QString::fromStdString(m_catalog->error(templates.error())) + issuesText(issues);
        return nullptr;
    }
    support->templates = std::move(*templates);
    m_incidentSupport = std::move(support);
    return m_incidentSupport.get();
}

std::vector<Incident> AuditController::incidents(QString* warning)
{
    IncidentList list = IncidentStore(dataDir(), m_clock).list();
    for (const IncidentProblem& problem : list.problems) {
        if (!warning->isEmpty()) {
            *warning += QLatin1Char('\n');
        }
        *warning += QString::fromStdString(m_catalog->error(problem.error));
        if (problem.movedTo) {
            *warning += QStringLiteral(" (→ %1)").arg(QString::fromStdU16String(problem.movedTo->u16string()));
        }
    }
    return std::move(list.incidents);
}

std::optional<Incident> AuditController::createIncident(const std::string& platform,
                                                        IncidentKind kind,
                                                        const QString& account,
                                                        const TriageAnswers& answers,
                                                        QString* errorText)
{
    Incident incident;
    incident.kind = kind;
    incident.account.platform = platform;
    incident.account.identifier = account.toStdString();
    incident.triage = answers;
    incident.language = m_progress.language;
    auto created = IncidentStore(dataDir(), m_clock).create(std::move(incident));
    if (!created) {
        *errorText = QString::fromStdString(m_catalog->error(created.error()));
        return std::nullopt;
    }
    Q_EMIT incidentsChanged();
    return std::move(*created);
}

bool AuditController::saveIncident(Incident& incident, QString* errorText)
{
    const Status saved = IncidentStore(dataDir(), m_clock).save(incident);
    if (!saved.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(saved.error()));
        return false;
    }
    Q_EMIT incidentsChanged();
    return true;
}

bool AuditController::deleteIncident(const std::string& id, QString* errorText)
{
    const Status removed = IncidentStore(dataDir(), m_clock).remove(id);
    if (!removed.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(removed.error()));
        return false;
    }
    Q_EMIT incidentsChanged();
    return true;
}

bool AuditController::changeIncident(Incident& incident,
                                     const std::function<Result<Incident>()>& change,
                                     QString* errorText)
{
    auto changed = change();
    if (!changed) {
        *errorText = QString::fromStdString(m_catalog->error(changed.error()));
        return false;
    }
    incident = std::move(*changed);
    Q_EMIT incidentsChanged();
    return true;
}

bool AuditController::setIncidentClosed(Incident& incident, bool closed, QString* errorText)
{
    IncidentStore store(dataDir(), m_clock);
    return changeIncident(
        incident, [&] { return closed ? store.close(incident.id) : store.reopen(incident.id); }, errorText);
}

bool AuditController::setStepDone(Incident& incident, const std::string& stepId, bool done, QString* errorText)
{
    IncidentStore store(dataDir(), m_clock);
    if (done) {
        return changeIncident(
            incident, [&] { return store.recordAction(incident.id, stepId, {}); }, errorText);
    }
    // Unticked: the step's records go, so the documents do not claim it was done.
    std::erase_if(incident.actions, [&](const IncidentAction& a) { return a.stepId == stepId; });
    return saveIncident(incident, errorText);
}

bool AuditController::addEvidenceFile(Incident& incident, const QString& path, const QString& note, QString* errorText)
{
    IncidentStore store(dataDir(), m_clock);
    const bool image = QStringList{QStringLiteral("png"),
                                   QStringLiteral("jpg"),
                                   QStringLiteral("jpeg"),
                                   QStringLiteral("webp"),
                                   QStringLiteral("heic")}
                           .contains(QFileInfo(path).suffix().toLower());
    return changeIncident(
        incident,
        [&] {
            return store.addFileEvidence(incident.id,
                                         std::filesystem::path(path.toStdU16String()),
                                         image ? Evidence::Type::Screenshot : Evidence::Type::File,
                                         note.toStdString());
        },
        errorText);
}

bool AuditController::addEvidenceUrl(Incident& incident, const QString& url, const QString& note, QString* errorText)
{
    IncidentStore store(dataDir(), m_clock);
    return changeIncident(
        incident, [&] { return store.addUrlEvidence(incident.id, url.toStdString(), note.toStdString()); }, errorText);
}

bool AuditController::addEvidenceMessage(Incident& incident,
                                         const QString& text,
                                         const QString& note,
                                         QString* errorText)
{
    IncidentStore store(dataDir(), m_clock);
    return changeIncident(
        incident,
        [&] { return store.addMessageEvidence(incident.id, text.toStdString(), note.toStdString()); },
        errorText);
}

bool AuditController::removeEvidence(Incident& incident, int index, QString* errorText)
{
    if (index < 0 || index >= static_cast<int>(incident.evidence.size())) {
        return true;
    }
    incident.evidence.erase(incident.evidence.begin() + index);
    return saveIncident(incident, errorText);
}

QList<AuditController::RecoveryQuestion> AuditController::recoveryQuestions(QString* errorText)
{
    QList<RecoveryQuestion> out;
    IncidentSupport* support = incidentSupport(errorText);
    if (!support) {
        return out;
    }
    for (const TriageQuestion& q : support->recovery->triageQuestions()) {
        out.append({q.id, text(q.text), q.help ? text(*q.help) : QString()});
    }
    return out;
}

std::optional<IncidentKind> AuditController::suggestKind(const TriageAnswers& answers)
{
    const bool anyAnswer = answers.stillHasAccess || answers.someonePostingAsYou || answers.contactsGotStrangeMessages
        || answers.moneyLost || answers.emailAlsoAffected;
    QString error;
    IncidentSupport* support = anyAnswer ? incidentSupport(&error) : nullptr;
    if (!support) {
        return std::nullopt;
    }
    return support->recovery->suggestKind(answers);
}

QList<AuditController::RecoveryStep> AuditController::recoveryPlan(const Incident& incident, QString* errorText)
{
    QList<RecoveryStep> out;
    IncidentSupport* support = incidentSupport(errorText);
    if (!support) {
        return out;
    }
    auto plan = support->recovery->recoveryPlan(incident.account.platform, incident.kind, incident.triage, &incident);
    if (!plan) {
        *errorText = QString::fromStdString(m_catalog->error(plan.error()));
        return out;
    }
    for (const PlanStep& s : plan->steps) {
        RecoveryStep step;
        step.id = s.step->id;
        step.title = text(s.step->title);
        step.why = text(s.step->why);
        step.done = s.done;
        step.source = joinLocal(s.step->sources);
        step.asOf = QString::fromStdString(s.step->asOf);
        for (const ResolvedLink& link : s.links) {
            if (step.url.isEmpty() && !link.url.empty()) {
                step.url = QString::fromStdString(link.url);
            }
            if (step.place.isEmpty() && link.inAppPath) {
                step.place = text(*link.inAppPath);
            }
        }
        if (step.url.isEmpty() && step.place.isEmpty() && s.step->noLinkNote) {
            step.place = text(*s.step->noLinkNote);
        }
        out.append(step);
    }
    return out;
}

QString AuditController::incidentKindName(IncidentKind kind) const
{
    return message("incident.kind." + incidentKindId(kind));
}

std::optional<std::vector<NoticeDocument>> AuditController::composeNotices(const Incident& incident,
                                                                           const std::vector<NoticeKind>& kinds,
                                                                           bool blank,
                                                                           QString* errorText)
{
    IncidentSupport* support = incidentSupport(errorText);
    if (!support) {
        return std::nullopt;
    }
    const NoticeInputs inputs{*support->templates,
                              support->directory,
                              &m_content,
                              support->profile,
                              m_clock.now(),
                              incident.language.empty() ? m_progress.language : incident.language};
    std::vector<NoticeDocument> documents = auditor::composeNotices(incident, inputs, kinds, false);
    if (blank) {
        for (NoticeDocument& d : auditor::composeNotices(incident, inputs, kinds, true)) {
            documents.push_back(std::move(d));
        }
    }
    return documents;
}

bool AuditController::writeNotices(const Incident& incident,
                                   const std::vector<NoticeKind>& kinds,
                                   bool blank,
                                   const QString& folder,
                                   QStringList* written,
                                   QString* errorText)
{
    const auto documents = composeNotices(incident, kinds, blank, errorText);
    if (!documents) {
        return false;
    }
    std::vector<std::filesystem::path> files;
    const Status status
        = writeNoticeFiles(*documents, std::filesystem::path(folder.toStdU16String()), &print::writeNoticePdf, &files);
    for (const auto& f : files) {
        written->append(QString::fromStdU16String(f.u16string()));
    }
    if (!status.ok()) {
        *errorText = QString::fromStdString(m_catalog->error(status.error()));
        return false;
    }
    return true;
}
