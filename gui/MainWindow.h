#pragma once

#include <QMainWindow>

#include <map>
#include <string>

class AccountsPage;
class AuditController;
class ChecklistPage;
class IncidentPage;
class LinkCheckPage;
class OrgPage;
class OverviewPage;
class PasswordPage;
class QListWidget;
class QStackedWidget;

/**
 * The window: on first run the welcome page; afterwards a sidebar (overview, then one entry per
 * chosen account) beside the selected page. Only pages that work are listed; later features
 * (link check, incidents) add entries to the same sidebar.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AuditController& controller, QWidget* parent = nullptr);

    // For tests and screenshots.
    AccountsPage* accountsPage() const
    {
        return m_accounts;
    }
    OverviewPage* overviewPage() const
    {
        return m_overview;
    }
    /** The page of a chosen platform, built the first time it is needed (keeps start-up fast). */
    ChecklistPage* checklistPage(const std::string& platformId);
    LinkCheckPage* linkCheckPage() const
    {
        return m_linkCheck;
    }
    PasswordPage* passwordPage() const
    {
        return m_password;
    }
    /** The incident flow, built the first time it is needed. */
    IncidentPage* incidentPage();
    /** Shows the incident flow, on the given incident when it exists, else on the list. */
    void showIncident(const QString& incidentId);
    // Readiness D2 (organisation page) accessors go here.
    /** "My school": the organisation page, built the first time it is needed (both defined in OrgPage.cpp). */
    OrgPage* orgPage();
    void showOrgPage();

    // Readiness D1 (dashboard) accessors go here.
    /** "School readiness" for IT leads, built the first time it is needed (both defined in DashboardPage.cpp). */
    class DashboardPage* dashboardPage();
    void showDashboardPage();

    QListWidget* sidebar() const
    {
        return m_sidebar;
    }
    void showPlatform(const QString& platformId);
    void showAccounts();
    /** Asks where to save, then writes the staff report. */
    void exportReport();

private:
    void rebuild();
    void buildMenus();
    void refreshSidebar();
    void showRow(int row);

    AuditController& m_controller;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    AccountsPage* m_accounts = nullptr;
    OverviewPage* m_overview = nullptr;
    LinkCheckPage* m_linkCheck = nullptr;
    PasswordPage* m_password = nullptr;
    IncidentPage* m_incident = nullptr;
    // Readiness D2 (organisation page) members go here.
    OrgPage* m_org = nullptr;

    // Readiness D1 (dashboard) members go here.
    class DashboardPage* m_dashboard = nullptr;

    std::map<std::string, ChecklistPage*> m_pages;
};
