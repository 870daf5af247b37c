#include "AuditController.h"

#include "checklist/ContentLoader.h"
#include "links/LinkSetup.h"
#include "readiness/StaffReport.h"

#include "net/HttpClient.h"
#include "passwords/OnlineRange.h"

#include <QPointer>
#include <QThread>

AuditController::AuditController(std::filesystem::path contentDir,
                                 std::filesystem::path dataDir,
                                 const auditor::Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_contentDir(std::move(contentDir))
    , m_clock(clock)
    , m_store(std::move(dataDir))
{ }

AuditController::~AuditController()
{
    // An online check in flight ends at its own deadline; wait for it rather than cut it.
    for (QThread* worker : m_workers) {
        worker->wait();
    }
}

bool AuditController::load(QString* errorText)
{
    // First the person's progress (it holds the language), then the words, then the content.
    auto loaded = m_store.load(m_clock);
    auto catalog = auditor::Catalog::load(m_contentDir, loaded ? loaded->progress.language : auditor::kDefaultLanguage);
    if (!catalog) {
        *errorText
            = QStringLiteral("Cannot read the messages in %1: %2")
                  .arg(QString::fromStdString(m_contentDir.string()), QString::fromStdString(catalog.error().detail));
        return false;
    }
    m_catalog = std::move(*catalog);
    if (!loaded) {
        *errorText = QString::fromStdString(m_catalog->error(loaded.error()));
        return false;
    }
    m_progress = std::move(loaded->progress);
    if (loaded->warning) {
        m_loadWarning = QString::fromStdString(m_catalog->error(*loaded->warning));
    }
    auditor::ContentReport report = auditor::loadContent(m_contentDir);
    if (!report.clean()) {
        QString details;
        for (const auto& issue : report.issues) {
            details += QStringLiteral("\n%1: %2 %3")
                           .arg(QString::fromStdString(issue.file.filename().string()),
                                QString::fromStdString(issue.pointer),
                                QString::fromStdString(issue.message));
        }
        *errorText = message("cli.content_invalid", {{"dir", m_contentDir.string()}}) + details;
        return false;
    }
    m_content = std::move(report.content);
    return true;
}

bool AuditController::save(QString* errorText)
{
    if (auto st = m_store.save(m_progress, m_clock); !st) {
        if (errorText) {
            *errorText = QString::fromStdString(m_catalog->error(st.error()));
        }
        return false;
    }
    return true;
}

bool AuditController::setStatus(const std::string& checkId,
                                auditor::CheckStatus status,
                                const QString& reason,
                                QString* errorText)
{
    if (auto st = m_progress.setStatus(m_content, checkId, status, reason.trimmed().toStdString(), m_clock); !st) {
        *errorText = QString::fromStdString(m_catalog->error(st.error()));
        return false;
    }
    const bool saved = save(errorText);
    Q_EMIT progressChanged();
    return saved;
}

void AuditController::clearStatus(const std::string& checkId)
{
    m_progress.clearStatus(checkId);
    save(nullptr);
    Q_EMIT progressChanged();
}

bool AuditController::setAccounts(const std::set<std::string>& personal,
                                  const std::set<std::string>& pageAdmin,
                                  QString* errorText)
{
    auditor::applyAccountChoice(m_content, m_progress, personal, pageAdmin);
    m_progress.firstRunDone = true;
    const bool saved = save(errorText);
    Q_EMIT accountsChanged();
    return saved;
}

bool AuditController::setLanguage(const QString& lang, QString* errorText)
{
    auto catalog = auditor::Catalog::load(m_contentDir, lang.toStdString());
    if (!catalog) {
        *errorText = QString::fromStdString(catalog.error().detail);
        return false;
    }
    m_catalog = std::move(*catalog);
    m_progress.language = lang.toStdString();
    const bool saved = save(errorText);
    Q_EMIT languageChanged();
    return saved;
}

auditor::ScoreSummary AuditController::scores() const
{
    return auditor::computeScores(m_content, m_progress, m_clock.now());
}

auditor::Score AuditController::score(const std::string& platformId) const
{
    const auditor::Platform* p = m_content.platform(platformId);
    return p ? auditor::computeScore(*p, m_progress, m_clock.now()) : auditor::Score{};
}

auditor::CheckState AuditController::state(const auditor::Check& check) const
{
    return auditor::stateOf(check, m_progress, m_clock.now());
}

bool AuditController::exportReport(const QString& path, QString* errorText)
{
    // The same version 2 report as "My school" saves and sends: the collector and the folder import
    // refuse version 1, which names no person.
    std::string report;
    return orgReport(&report, errorText) && saveOrgReport(report, path, errorText);
}

const auditor::LinkAnalyzer* AuditController::linkAnalyzer(QString* errorText)
{
    if (!m_linkAnalyzer) {
        auto made = auditor::makeLinkAnalyzer(m_contentDir, m_store.dataDir());
        if (!made) {
            *errorText = QString::fromStdString(m_catalog->error(made.error()));
            return nullptr;
        }
        m_linkAnalyzer = std::move(*made);
    }
    return m_linkAnalyzer.get();
}

void AuditController::inspectLink(const std::string& link,
                                  QObject* context,
                                  std::function<void(const auditor::Inspection&)> done)
{
    QString error;
    const auditor::LinkAnalyzer* analyzer = linkAnalyzer(&error);
    if (!analyzer) {
        return;
    }
    auto result = std::make_shared<auditor::Inspection>();
    const auditor::Clock* clock = &m_clock;
    QThread* worker = QThread::create([analyzer, clock, link, result] {
        const auditor::net::HttpClient client(auditor::net::ClientSettings::fromEnvironment(), clock);
        *result = auditor::LinkInspector(*analyzer, client).inspect(link);
    });
    m_workers.append(worker);
    QPointer<QObject> guard(context);
    connect(worker, &QThread::finished, this, [this, worker, guard, result, done = std::move(done)] {
        m_workers.removeAll(worker);
        worker->deleteLater();
        recordLinkChecks({result->final}, true);
        if (guard) {
            done(*result);
        }
    });
    worker->start();
}

const std::vector<auditor::LinkHistoryEntry>& AuditController::linkHistory()
{
    if (!m_linkHistory) {
        m_linkHistory.emplace(m_store.dataDir());
        m_linkHistory->load(m_clock); // a damaged file is set aside inside; the history starts empty
    }
    return m_linkHistory->entries();
}

void AuditController::recordLinkChecks(const std::vector<auditor::LinkVerdict>& verdicts, bool online)
{
    linkHistory();
    for (const auditor::LinkVerdict& v : verdicts) {
        m_linkHistory->add(v, online, m_clock);
    }
    Q_EMIT linkHistoryChanged();
}

bool AuditController::clearLinkHistory(QString* errorText)
{
    linkHistory();
    auto cleared = m_linkHistory->clear();
    if (!cleared) {
        *errorText = QString::fromStdString(m_catalog->error(cleared.error()));
        return false;
    }
    Q_EMIT linkHistoryChanged();
    return true;
}

void AuditController::checkPassword(QString password,
                                    bool online,
                                    const QString& offlineFile,
                                    QObject* context,
                                    std::function<void(const auditor::passwords::PasswordCheckResult&)> done)
{
    namespace pw = auditor::passwords;
    if (!m_strength) {
        auto made = pw::StrengthChecker::fromContent(m_contentDir);
        m_strength = made ? std::make_shared<const pw::StrengthChecker>(std::move(*made))
                          : std::make_shared<const pw::StrengthChecker>();
    }
    // Into a wiping buffer, then overwrite the Qt copies this function holds.
    QByteArray utf8 = password.toUtf8();
    auto secret
        = std::make_shared<pw::SecretString>(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    utf8.fill('\0');
    password.fill(QLatin1Char('\0'));

    auto result = std::make_shared<pw::PasswordCheckResult>();
    const auditor::Clock* clock = &m_clock;
    const std::shared_ptr<const pw::StrengthChecker> strength = m_strength;
    const std::string file = offlineFile.toStdString();
    QThread* worker = QThread::create([secret, result, strength, clock, online, file] {
        std::optional<pw::OfflineCorpus> corpus;
        if (!file.empty()) {
            auto opened = pw::OfflineCorpus::open(file);
            if (!opened) {
                result->strength = strength->evaluate(*secret);
                result->exposureError = opened.error();
                return;
            }
            corpus = std::move(*opened);
        }
        auditor::net::ClientSettings settings = auditor::net::ClientSettings::fromEnvironment();
        settings.bodyLimit = 1024 * 1024; // a padded range answer is about 40 KB
        const auditor::net::HttpClient client(settings, clock);
        const pw::RangeFetcher fetch = pw::httpsRangeFetcher(client);
        *result
            = pw::checkPassword(*secret, *strength, corpus ? &*corpus : nullptr, online && !corpus ? &fetch : nullptr);
    });
    m_workers.append(worker);
    QPointer<QObject> guard(context);
    connect(worker, &QThread::finished, this, [this, worker, guard, result, secret, done = std::move(done)]() mutable {
        m_workers.removeAll(worker);
        worker->deleteLater();
        secret.reset(); // wiped here, on the GUI thread, once the worker is done with it
        if (guard) {
            done(*result);
        }
    });
    worker->start();
}

int AuditController::recordPasswordCheck(const auditor::passwords::Exposure& exposure, QString* errorText)
{
    const auto selectionBefore = m_progress.selection();
    auto ids = auditor::passwords::recordPasswordCheck(m_progress, m_content, exposure, m_clock);
    if (!ids) {
        *errorText = QString::fromStdString(m_catalog->error(ids.error()));
        return -1;
    }
    if (!save(errorText)) {
        return -1;
    }
    Q_EMIT progressChanged();
    if (m_progress.selection() != selectionBefore) {
        Q_EMIT accountsChanged(); // the mailbox topic was turned on to hold the result
    }
    return static_cast<int>(ids->size());
}
