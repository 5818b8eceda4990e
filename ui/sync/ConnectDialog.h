#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace Fieldbook {

class MessageBanner;
class SyncScheduler;

/// "Connect to server…": server address, user name, password and optionally the company's
/// certificate authority. Connect signs in through the scheduler and stays open, busy, until the
/// first sync ends: an error shows inline with the fields kept; success closes the dialog.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(SyncScheduler& scheduler, QWidget* parent = nullptr);

    /// Checks the fields and signs in, as the Connect button does.
    void connectToServer();
    bool isBusy() const { return m_busy; }
    /// Asked after the fields check out and before signing in; false stops the connect.
    void setBeforeConnect(std::function<bool()> check) { m_beforeConnect = std::move(check); }

    /// What is wrong with the fields (translated), or an empty string when they can be used.
    static QString problem(const QString& server, const QString& user, const QString& password);

    void setVisible(bool visible) override;

public slots:
    void reject() override;

private:
    void setUpFields();
    void setUpBusyRow();
    void browseCaFile();
    void start();
    void onFinished(const QString& error);
    void showProgress();
    void setBusy(bool busy);
    void showProblem(const QString& text, QWidget* field);

    SyncScheduler& m_scheduler;
    std::function<bool()> m_beforeConnect;
    MessageBanner* m_banner;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_useCa;
    QWidget* m_caRow;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QWidget* m_busyRow;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPushButton* m_connect;
    bool m_busy = false;
    bool m_waitingForRun = false; ///< a background sync was running: sign in once it ends
};

} // namespace Fieldbook
