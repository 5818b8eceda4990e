#pragma once

#include "AppContext.h"
#include "domain/Opportunity.h"

#include <QDialog>

class QLabel;

namespace Fieldbook {

class Database;
class MessageBanner;
class OpportunityEditor;
class TimelinePane;

/// Creates or edits one opportunity: the form, Save and Cancel. A refused save is explained in the
/// dialog's banner and the form keeps what was typed; closing with unsaved edits asks first. A
/// saved opportunity also shows its product lines, its quotes, its own timeline (activities, events
/// and tasks) and the
/// history of its stage, amount and close date. One that lacks something (an imported one may: no
/// account, close date, amount or loss reason) says what above the form.
class OpportunityDialog final : public QDialog {
    Q_OBJECT
public:
    OpportunityDialog(AppContext& context, const Opportunity& opportunity, QWidget* parent = nullptr);

    OpportunityEditor* editor() const { return m_editor; }
    /// The opportunity as saved (after accept()).
    const Opportunity& saved() const { return m_saved; }
    /// Saves; closes the dialog when the store accepted it.
    void save();

    void reject() override;

private:
    TimelinePane* activitiesPane(AppContext& context, const Opportunity& opportunity);
    /// Shows the stored opportunity again after its lines or quotes changed it, unless the user
    /// is editing the form.
    void refreshForm();
    /// Says what the stored opportunity lacks, or nothing.
    void showAttention(const Opportunity& opportunity);

    Database& m_db;
    MessageBanner* m_banner;
    QLabel* m_attention;
    OpportunityEditor* m_editor;
    Opportunity m_saved;
};

} // namespace Fieldbook
