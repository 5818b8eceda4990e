#include "QuoteEditor.h"

#include "widgets/FileDialog.h"
#include "QuoteDocument.h"
#include "QuoteSender.h"
#include "models/QuoteLinesModel.h"
#include "widgets/ProductChooser.h"
#include "store/db/Database.h"
#include "store/records/QuoteRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "workflows/QuoteLifecycle.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuoteEditor::QuoteEditor(Database& db, const QString& quoteId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_quoteId(quoteId)
    , m_model(new QuoteLinesModel(db, QLocale(), this))
    , m_banner(new MessageBanner(this))
    , m_heading(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_validUntil(new QDateEdit(this))
    , m_paymentTerms(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_lines(new QTableView(this))
    , m_totals(new QGridLayout)
    , m_send(new QPushButton(tr("&Send"), this))
    , m_accept(new QPushButton(tr("Mark &accepted"), this))
    , m_reject(new QPushButton(tr("Mark &rejected"), this))
    , m_revise(new QPushButton(tr("New &revision"), this))
    , m_notesPause(new QTimer(this)) {
    setWindowTitle(tr("Quote"));
    setObjectName(u"quoteEditor"_s);
    m_banner->setObjectName(u"quoteBanner"_s);
    m_send->setObjectName(u"sendButton"_s);
    m_accept->setObjectName(u"acceptButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_revise->setObjectName(u"reviseButton"_s);
    resize(980, 720);
    setUpHeader();
    setUpLines();

    auto* totalsBox = new QHBoxLayout;
    totalsBox->addStretch();
    totalsBox->addLayout(m_totals);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Valid until:"), m_validUntil);
    form->addRow(tr("&Payment terms:"), m_paymentTerms);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_customer);
    layout->addLayout(form);
    layout->addLayout(createLineBar());
    layout->addWidget(m_lines, 1);
    layout->addLayout(totalsBox);
    layout->addWidget(createButtons());
    m_banner->floatOver(m_lines);
    m_draftOnly.append(m_title);
    m_draftOnly.append(m_validUntil);
    m_draftOnly.append(m_paymentTerms);
    m_draftOnly.append(m_notes);
    connectChanges();
    reload();
}

void QuoteEditor::setUpHeader() {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validUntil->setCalendarPopup(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_notes->setTabChangesFocus(true);
}

void QuoteEditor::setUpLines() {
    m_lines->setModel(m_model);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_lines->setWordWrap(true);
    QHeaderView* header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    m_lines->setMinimumHeight(220);
}

QHBoxLayout* QuoteEditor::createLineBar() {
    auto* lineBar = new QHBoxLayout;
    auto addButton = [&](const QString& text, const QKeySequence& key, auto slot) {
        auto* button = new QToolButton(this);
        auto* action = new QAction(text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        addAction(action);
        lineBar->addWidget(button);
        m_draftOnly.append(button);
        return action;
    };
    addButton(tr("Add &product…"), QKeySequence(Qt::CTRL | Qt::Key_P), &QuoteEditor::chooseProduct);
    addButton(tr("Add &item"), QKeySequence(Qt::CTRL | Qt::Key_I), &QuoteEditor::addItem);
    addButton(tr("Add s&ection"), QKeySequence(), [this] { addText(true); });
    addButton(tr("Add n&ote"), QKeySequence(), [this] { addText(false); });
    addButton(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelectedLine(-1); });
    addButton(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelectedLine(1); });
    addButton(tr("Remove line"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &QuoteEditor::removeSelectedLine);
    lineBar->addStretch();
    return lineBar;
}

QDialogButtonBox* QuoteEditor::createButtons() {
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_send, m_accept, m_reject, m_revise, preview, pdf})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_send, &QPushButton::clicked, this, &QuoteEditor::sendQuote);
    connect(m_accept, &QPushButton::clicked, this, &QuoteEditor::acceptQuote);
    connect(m_reject, &QPushButton::clicked, this, &QuoteEditor::rejectQuote);
    connect(m_revise, &QPushButton::clicked, this, &QuoteEditor::reviseQuote);
    connect(preview, &QPushButton::clicked, this, &QuoteEditor::showPrintPreview);
    connect(pdf, &QPushButton::clicked, this, &QuoteEditor::exportPdf);
    return buttons;
}

void QuoteEditor::connectChanges() {
    connect(m_model, &QuoteLinesModel::totalsChanged, this, &QuoteEditor::showTotals);
    connect(m_model, &QuoteLinesModel::editFailed, this, &QuoteEditor::showError);
    connect(m_model, &QuoteLinesModel::loadFailed, this, &QuoteEditor::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_banner->hideMessage(); });
    // A draft keeps every word as soon as a field is left.
    connect(m_title, &QLineEdit::editingFinished, this, &QuoteEditor::saveHeader);
    connect(m_paymentTerms, &QLineEdit::editingFinished, this, &QuoteEditor::saveHeader);
    connect(m_validUntil, &QDateEdit::dateChanged, this, &QuoteEditor::saveHeader);
    // Notes are saved after a pause in typing, not one write per keystroke, and before closing.
    m_notesPause->setSingleShot(true);
    m_notesPause->setInterval(800);
    connect(m_notesPause, &QTimer::timeout, this, &QuoteEditor::saveHeader);
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesPause, qOverload<>(&QTimer::start));
}

QString QuoteEditor::grandTotalText() const {
    return m_model->money(m_model->sheet().totals.grandTotal);
}

void QuoteEditor::reload() {
    m_loading = true;
    if (m_model->load(m_quoteId)) {
        const QuoteSheet& sheet = m_model->sheet();
        const Quote& q = sheet.quote;
        const QDate today = QDate::currentDate();
        m_heading->setText(tr("Quote %1 · %2").arg(q.displayNumber(), quoteStatusName(q.effectiveStatus(today))));
        QString customer = sheet.account.name;
        if (!sheet.contactName.isEmpty())
            customer += u" · "_s + sheet.contactName;
        if (!sheet.opportunityName.isEmpty())
            customer += u" · "_s + tr("for %1").arg(sheet.opportunityName);
        m_customer->setText(customer);
        setWindowTitle(tr("Quote %1").arg(q.displayNumber()));
        m_title->setText(q.title);
        m_validUntil->setDate(q.validUntil.isValid() ? q.validUntil : today);
        m_paymentTerms->setText(q.paymentTerms);
        if (m_notes->toPlainText() != q.notes)
            m_notes->setPlainText(q.notes);
        const bool draft = m_model->editable();
        for (QWidget* w : std::as_const(m_draftOnly))
            w->setEnabled(draft);
        const QuoteStatus status = q.effectiveStatus(today);
        // Offer a revision only where one can be made (not of an accepted quote, nor of one already revised).
        const bool revisable = !draft && QuoteLifecycle(m_db).checkRevisable(q.id).has_value();
        m_send->setVisible(draft);
        m_accept->setVisible(status == QuoteStatus::Sent);
        m_reject->setVisible(q.status == QuoteStatus::Sent);
        m_revise->setVisible(revisable);
        if (!draft)
            m_banner->showMessage(lockedMessage(status, revisable), MessageBanner::Type::Information);
    }
    m_loading = false;
}

QString QuoteEditor::lockedMessage(QuoteStatus status, bool revisable) const {
    if (status == QuoteStatus::Superseded)
        return tr("A newer revision replaces this quote; it is kept as it was sent.");
    if (status == QuoteStatus::Accepted)
        return tr("The customer accepted this quote; it is final and kept as it was accepted.");
    if (!revisable)
        return tr("This quote was sent and is locked; a newer revision of it exists.");
    return tr("This quote was sent and is locked. To change it, make a new revision.");
}

void QuoteEditor::done(int result) {
    saveHeader();
    QDialog::done(result);
}

void QuoteEditor::saveHeader() {
    m_notesPause->stop();
    if (m_loading || !m_model->editable())
        return;
    Quote q = m_model->sheet().quote;
    if (q.title == m_title->text().trimmed() && q.validUntil == m_validUntil->date() &&
        q.paymentTerms == m_paymentTerms->text().trimmed() && q.notes == m_notes->toPlainText())
        return;
    q.title = m_title->text();
    q.validUntil = m_validUntil->date();
    q.paymentTerms = m_paymentTerms->text();
    q.notes = m_notes->toPlainText();
    auto saved = QuoteRepository(m_db).save(q);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    // Only the header changed: keep the lines and the cursor where they are.
    m_model->setQuote(*saved);
    emit quoteChanged(m_quoteId);
}

void QuoteEditor::showTotals() {
    while (QLayoutItem* item = m_totals->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QuoteTotals& t = m_model->sheet().totals;
    int row = 0;
    auto add = [&](const QString& label, qint64 amount, bool strong = false) {
        auto* name = new QLabel(label, this);
        auto* value = new QLabel(m_model->money(amount), this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(strong ? u"grandTotal"_s : QString());
        if (strong) {
            QFont f = value->font();
            f.setWeight(QFont::DemiBold);
            f.setPointSizeF(f.pointSizeF() * 1.2);
            name->setFont(f);
            value->setFont(f);
        }
        m_totals->addWidget(name, row, 0);
        m_totals->addWidget(value, row, 1);
        ++row;
    };
    add(tr("Subtotal"), t.subtotal);
    if (t.discount != 0)
        add(tr("Discount"), -t.discount);
    add(tr("Net total"), t.net);
    for (const TaxByRate& tax : t.taxes)
        add(tr("Tax %1 % on %2")
                .arg(tax.rate.toString().replace(u'.', QLocale().decimalPoint()), m_model->money(tax.net)),
            tax.tax);
    add(tr("Total %1").arg(m_model->sheet().quote.currency), t.grandTotal, true);
}

void QuoteEditor::showError(const QString& message) {
    m_banner->showMessage(message, MessageBanner::Type::Error);
}

void QuoteEditor::addItem() {
    auto saved = QuoteRepository(m_db).addItem(m_quoteId, tr("New item"));
    if (!saved)
        return showError(saved.error().message);
    reload();
    m_lines->setCurrentIndex(m_model->index(m_model->rowCount() - 1, QuoteLinesModel::Description));
    m_lines->edit(m_lines->currentIndex());
}

void QuoteEditor::addProduct(const QString& productId, const QString& quantity) {
    const auto amount = Decimal4::parse(quantity);
    if (!amount)
        return showError(tr("\"%1\" is not a quantity.").arg(quantity));
    auto saved = QuoteRepository(m_db).addProduct(m_quoteId, productId, *amount);
    if (!saved)
        return showError(saved.error().message);
    reload();
    m_lines->setCurrentIndex(m_model->index(m_model->rowCount() - 1, QuoteLinesModel::Quantity));
    if (saved->amounts.unitPrice == 0)
        m_banner->showMessage(tr("The price list has no price for %1; enter the unit price.").arg(saved->description),
                              MessageBanner::Type::Warning);
}

void QuoteEditor::chooseProduct() {
    QString problem;
    const auto choice = Fieldbook::chooseProduct(m_db, this, &problem);
    if (!problem.isEmpty())
        return showError(problem);
    if (choice)
        addProduct(choice->productId, choice->quantity.toString());
}

void QuoteEditor::addText(bool section) {
    QuoteLine line;
    line.quoteId = m_quoteId;
    line.kind = section ? QuoteLine::Kind::Section : QuoteLine::Kind::Note;
    line.description = section ? tr("New section") : tr("Note");
    auto saved = QuoteRepository(m_db).saveLine(line);
    if (!saved)
        return showError(saved.error().message);
    reload();
    m_lines->setCurrentIndex(m_model->index(m_model->rowCount() - 1, QuoteLinesModel::Description));
    m_lines->edit(m_lines->currentIndex());
}

void QuoteEditor::removeSelectedLine() {
    const QuoteLine* line = m_model->line(m_lines->currentIndex().row());
    if (!line)
        return;
    if (auto removed = QuoteRepository(m_db).removeLine(line->id); !removed)
        return showError(removed.error().message);
    const int row = m_lines->currentIndex().row();
    reload();
    m_lines->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), QuoteLinesModel::Description));
}

void QuoteEditor::moveSelectedLine(int delta) {
    const int row = m_lines->currentIndex().row();
    const QuoteLine* line = m_model->line(row);
    const QuoteLine* other = m_model->line(row + delta);
    if (!line || !other)
        return;
    if (auto swapped = QuoteRepository(m_db).swapLines(*line, *other, delta); !swapped)
        return showError(swapped.error().message);
    const int column = m_lines->currentIndex().column();
    reload();
    m_lines->setCurrentIndex(m_model->index(row + delta, column));
}

void QuoteEditor::sendQuote() {
    saveHeader();
    QuoteSender sender(m_db, [this](const QString& suggestedName) {
        return FileDialog::saveFileName(this, tr("Save the quote for the customer"), suggestedName, tr("PDF (*.pdf)"));
    });
    auto outcome = sender.send(m_quoteId);
    if (!outcome)
        return showError(outcome.error().message);
    if (!outcome->sent)
        return;
    reload();
    m_banner->showMessage(outcome->message, outcome->type);
    emit quoteChanged(m_quoteId);
}

void QuoteEditor::acceptQuote() {
    const QString total = m_model->money(m_model->sheet().totals.net) + u' ' + m_model->sheet().quote.currency;
    if (MessageBox::question(this, tr("Mark accepted"),
                             tr("Mark the quote accepted? Its opportunity becomes won with the quote's net total "
                                "of %1.")
                                 .arg(total),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    auto accepted = QuoteLifecycle(m_db).accept(m_quoteId, QDate::currentDate());
    if (!accepted)
        return showError(accepted.error().message);
    reload();
    m_banner->showMessage(tr("Accepted. The opportunity is won with %1.").arg(total), MessageBanner::Type::Positive);
    emit quoteChanged(m_quoteId);
}

void QuoteEditor::rejectQuote() {
    auto rejected = QuoteLifecycle(m_db).reject(m_quoteId);
    if (!rejected)
        return showError(rejected.error().message);
    reload();
    emit quoteChanged(m_quoteId);
}

void QuoteEditor::reviseQuote() {
    auto revision = QuoteLifecycle(m_db).revise(m_quoteId);
    if (!revision)
        return showError(revision.error().message);
    emit quoteChanged(m_quoteId);
    m_quoteId = revision->id;
    m_banner->hideMessage();
    reload();
    m_banner->showMessage(
        tr("Revision %1 is a draft copy; the sent quote stays as it was.").arg(revision->displayNumber()),
        MessageBanner::Type::Positive);
    emit quoteChanged(m_quoteId);
}

QuoteDocument QuoteEditor::document() const {
    const QuoteSheet& sheet = m_model->sheet();
    return QuoteDocument(sheet, DocumentLanguage(sheet.documentLocale(QLocale())));
}

void QuoteEditor::print(QPrinter* printer) {
    document().print(*printer);
}

void QuoteEditor::showPrintPreview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    printer.setDocName(tr("Quote %1").arg(m_model->sheet().quote.displayNumber()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: quote %1").arg(m_model->sheet().quote.displayNumber()));
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &QuoteEditor::print);
    preview.exec();
}

void QuoteEditor::exportPdf() {
    const QString suggested = m_model->sheet().quote.displayNumber() + u".pdf"_s;
    const QString path = FileDialog::saveFileName(this, tr("Save quote as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = document().writePdf(path);
    if (!written)
        return showError(written.error().message);
    m_banner->showMessage(tr("Saved %1 (%n page(s)).", "", *written).arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Type::Positive, 6000);
}

} // namespace Fieldbook
