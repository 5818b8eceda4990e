#pragma once

#include "AppContext.h"
#include "domain/Activity.h"
#include "widgets/MessageBanner.h"

#include <QWidget>

class QTabWidget;

namespace Fieldbook {

class DetailHeader;
class LeadEditor;
class TimelinePane;
struct Lead;

/// The right-hand side of the Leads section: the lead's name and status, its form and the calls,
/// meetings and notes logged for it.
class LeadDetailPane final : public QWidget {
    Q_OBJECT
public:
    LeadDetailPane(AppContext& context, QWidget* parent = nullptr);

    LeadEditor* editor() const { return m_editor; }
    TimelinePane* timeline() const { return m_timeline; }
    /// Shows a stored lead, or with an empty id a new one (whose activities wait for its save).
    void showLead(const Lead& lead);
    /// Opens the form of a new lead at its first field.
    void startNewLead();
    /// Opens the lead's activities with the quick log form for `kind`.
    void startLog(ActivityKind kind);

signals:
    void recordRequested(const QString& table, const QString& id);
    void message(const QString& text, Fieldbook::MessageBanner::Type type);
    void undoOffered(const QString& text, int token);

private:
    DetailHeader* m_header;
    QTabWidget* m_tabs;
    LeadEditor* m_editor;
    TimelinePane* m_timeline;
};

} // namespace Fieldbook
