#pragma once

#include "services/CallListBuilder.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QScrollArea;

namespace Fieldbook {

class CallListForm;
class CallListSourceForm;
class Database;
class MessageBanner;

/// Builds a call list in the app (docs/telesales.md, Building a list): a new list from contacts,
/// leads or accounts kept by a filter, or from a CSV file; or the records selected in a section
/// added to a new or an existing list. Building runs when the user accepts; a failure is shown in
/// the dialog, which stays open with what was typed, and leaves no half-built list behind.
class NewCallListDialog final : public QDialog {
    Q_OBJECT
public:
    /// A new list from a filter or a file.
    explicit NewCallListDialog(Database& db, QWidget* parent = nullptr);
    /// The records `ids` of `source` (contacts, leads or accounts) added to a list, new or existing.
    NewCallListDialog(Database& db, CallListSource source, const QStringList& ids, QWidget* parent = nullptr);

    /// What building did, after the dialog was accepted.
    const CallListCreated& built() const { return m_result; }
    /// What building did, for a banner: "“Spring”: 12 numbers added; left out: 1 do not call, ...".
    static QString reportText(const CallListCreated& created);
    /// Asks which list the records `ids` of `source` go to and adds them; what it did for the
    /// section's banner, nullopt when nothing is selected or the user cancelled.
    static std::optional<QString> addSelection(Database& db, CallListSource source, const QStringList& ids,
                                               QWidget* parent);

    CallListForm* form() const { return m_form; }
    CallListSourceForm* sourceForm() const { return m_sourceForm; }
    MessageBanner* problem() const { return m_problem; }
    /// Selection: the list the records go to ("" data: a new list).
    QComboBox* targetCombo() const { return m_target; }

    void accept() override;

private:
    NewCallListDialog(Database& db, CallListSource source, const QStringList& ids, bool selection, QWidget* parent);
    [[nodiscard]] Result<CallListCreated> build();
    void updateButtons();
    /// Sizes the dialog to the form in `body`, within the screen (`scroll` scrolls what does not fit).
    void fitToScreen(QWidget* body, QScrollArea* scroll);

    Database& m_db;
    CallListSource m_source;
    QStringList m_ids;
    QComboBox* m_target = nullptr;
    CallListForm* m_form;
    CallListSourceForm* m_sourceForm = nullptr;
    MessageBanner* m_problem;
    QDialogButtonBox* m_buttons;
    CallListCreated m_result;
};

} // namespace Fieldbook
