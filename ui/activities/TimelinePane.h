#pragma once

#include "AppContext.h"
#include "domain/Activity.h"
#include "widgets/MessageBanner.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace Fieldbook {

class ActivityTimelineModel;
class QuickLogForm;

/// The interaction history of a contact or an account, with quick logging and undoable delete.
class TimelinePane final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePane(AppContext& context, QWidget* parent = nullptr);

    /// Shows the timeline of a contact (`accountId`: its account, linked to new activities) or of
    /// an account (which includes its contacts' activities). An empty id means "not saved yet".
    void setRecord(const QString& id, bool isAccount, const QString& accountId = {});
    void startLog(ActivityKind kind);
    void deleteSelected();
    ActivityTimelineModel* model() const { return m_model; }

signals:
    void message(const QString& text, Fieldbook::MessageBanner::Type type);
    void undoOffered(const QString& text, int token);

private:
    void save(const Activity& entered);
    void updateState();

    AppContext& m_context;
    ActivityTimelineModel* m_model;
    QString m_recordId;
    QString m_accountId;
    bool m_isAccount = false;
    QList<QToolButton*> m_logButtons;
    QToolButton* m_delete;
    QuickLogForm* m_form;
    QStackedWidget* m_listStack;
    QListView* m_list;
    QLabel* m_empty;
};

} // namespace Fieldbook
