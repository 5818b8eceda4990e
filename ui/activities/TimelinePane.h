#pragma once

#include "AppContext.h"
#include "domain/Activity.h"
#include "models/ActivityTimelineModel.h"
#include "widgets/MessageBanner.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace Fieldbook {

class QuickLogForm;

/// The interaction history of a contact, an account or a lead, with quick logging and undoable delete.
class TimelinePane final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePane(AppContext& context, QWidget* parent = nullptr);

    /// Shows the timeline of a contact (`accountId`: its account, linked to new activities), of an
    /// account (which includes its contacts' activities) or of a lead. An empty id means "not
    /// saved yet".
    void setRecord(const QString& id, TimelineOf of, const QString& accountId = {});
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
    TimelineOf m_of = TimelineOf::Contact;
    QList<QToolButton*> m_logButtons;
    QToolButton* m_delete;
    QuickLogForm* m_form;
    QStackedWidget* m_listStack;
    QListView* m_list;
    QLabel* m_empty;
};

} // namespace Fieldbook
