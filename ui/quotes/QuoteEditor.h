#pragma once

#include "QuoteDocument.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QTimer;
class QGridLayout;
class QPrinter;

namespace Fieldbook {

class Database;
class MessageBanner;
class QuoteLinesModel;

/// One quote revision: its header (title, validity, payment terms, notes), its lines edited in
/// place, the totals as the customer will see them, and what can happen next: send, accept,
/// reject, make a new revision, print preview and PDF. A draft saves every change at once; a sent
/// quote is shown read-only (changing it is "New revision", where one can be made). "Send" hands the
/// PDF to the mail program (QuoteSender). Documents are in the customer's language.
class QuoteEditor final : public QDialog {
    Q_OBJECT
public:
    QuoteEditor(Database& db, const QString& quoteId, QWidget* parent = nullptr);

    QString quoteId() const { return m_quoteId; }
    QuoteLinesModel* linesModel() const { return m_model; }
    /// The grand total as shown (for tests and the window title).
    QString grandTotalText() const;

    void addItem();
    void addProduct(const QString& productId, const QString& quantity);
    void addText(bool section);
    void removeSelectedLine();
    void moveSelectedLine(int delta);
    void sendQuote();
    void acceptQuote();
    void rejectQuote();
    void reviseQuote();
    void showPrintPreview();
    void exportPdf();
    /// Keeps what was typed in the header before the dialog closes.
    void done(int result) override;

signals:
    /// The quote or its opportunity changed in a way lists should show (status, revision, won).
    void quoteChanged(const QString& quoteId);

private:
    void setUpHeader();
    void setUpLines();
    QHBoxLayout* createLineBar();
    QDialogButtonBox* createButtons();
    void connectChanges();
    void reload();
    void saveHeader();
    void showTotals();
    void showError(const QString& message);
    void chooseProduct();
    void print(QPrinter* printer);
    /// The quote as the customer will read it: in the customer's language.
    QuoteDocument document() const;
    QString lockedMessage(QuoteStatus status, bool revisable) const;

    Database& m_db;
    QString m_quoteId;
    QuoteLinesModel* m_model;
    MessageBanner* m_banner;
    QLabel* m_heading;
    QLabel* m_customer;
    QLineEdit* m_title;
    QDateEdit* m_validUntil;
    QLineEdit* m_paymentTerms;
    QPlainTextEdit* m_notes;
    QTableView* m_lines;
    QGridLayout* m_totals;
    QList<QWidget*> m_draftOnly;
    QPushButton* m_send;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_revise;
    QTimer* m_notesPause;
    bool m_loading = false;
};

} // namespace Fieldbook
