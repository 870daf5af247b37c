#pragma once

#include <QWidget>

class AuditController;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

/** The home page: open incidents, the overall score and what it means, and one row per chosen account. */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(AuditController& controller, QWidget* parent = nullptr);

    QPushButton* exportButton() const
    {
        return m_export;
    }

Q_SIGNALS:
    void openPlatform(const QString& platformId);
    void chooseAccounts();
    void exportReport();
    void openIncident(const QString& incidentId);

private:
    void refresh();
    void refreshIncidents();

    AuditController& m_controller;
    QLabel* m_scoreText = nullptr;
    QLabel* m_meaning = nullptr;
    QProgressBar* m_bar = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QWidget* m_rowsHost = nullptr;
    QPushButton* m_export = nullptr;
    QWidget* m_incidentsHost = nullptr;
    QVBoxLayout* m_incidents = nullptr;
};
