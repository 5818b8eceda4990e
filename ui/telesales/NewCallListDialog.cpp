#include "NewCallListDialog.h"

#include "CallListForm.h"
#include "CallListSourceForm.h"
#include "services/PhoneRegion.h"
#include "store/records/CallListRepository.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QScreen>
#include <QScrollBar>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QGroupBox* grouped(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString selectionIntro(CallListSource source, int count) {
    switch (source) {
    case CallListSource::Leads:
        return NewCallListDialog::tr("Add the %n selected lead(s) to:", "", count);
    case CallListSource::Accounts:
        return NewCallListDialog::tr("Add the main numbers of the %n selected account(s) to:", "", count);
    default:
        return NewCallListDialog::tr("Add the %n selected contact(s) to:", "", count);
    }
}

} // namespace

NewCallListDialog::NewCallListDialog(Database& db, QWidget* parent)
    : NewCallListDialog(db, CallListSource::Contacts, {}, false, parent) {}

NewCallListDialog::NewCallListDialog(Database& db, CallListSource source, const QStringList& ids, QWidget* parent)
    : NewCallListDialog(db, source, ids, true, parent) {}

NewCallListDialog::NewCallListDialog(Database& db, CallListSource source, const QStringList& ids, bool selection,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_source(source)
    , m_ids(ids)
    , m_form(new CallListForm(this))
    , m_problem(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"newCallListDialog"_s);
    setWindowTitle(selection ? tr("Add to a call list") : tr("New call list"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    if (selection) {
        m_target = new QComboBox(this);
        m_target->setObjectName(u"callListTarget"_s);
        m_target->addItem(tr("A new list"), QString());
        for (const CallList& l : CallListRepository(db).lists().value_or(QList<CallList>()))
            if (!l.closed)
                m_target->addItem(l.name, l.id);
        layout->addWidget(new QLabel(selectionIntro(source, int(ids.size())), this));
        layout->addWidget(m_target);
        connect(m_target, &QComboBox::currentIndexChanged, this, &NewCallListDialog::updateButtons);
    } else {
        m_sourceForm = new CallListSourceForm(db, this);
        layout->addWidget(grouped(tr("Who is called"), m_sourceForm));
        connect(m_sourceForm, &CallListSourceForm::changed, this, &NewCallListDialog::updateButtons);
    }
    layout->addWidget(grouped(tr("How the list is worked"), m_form));
    m_problem->setObjectName(u"callListProblem"_s);
    m_problem->hide();
    auto* scroll = new QScrollArea(this); // a small laptop screen scrolls the form, not the buttons
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_problem);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(selection ? tr("&Add") : tr("&Build list"));
    connect(m_form, &CallListForm::nameChanged, this, &NewCallListDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCallListDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    fitToScreen(body, scroll);
    m_form->nameEdit()->setFocus();
}

void NewCallListDialog::fitToScreen(QWidget* body, QScrollArea* scroll) {
    // As wide as the form wants; as tall as it wants unless the screen is smaller (then it scrolls).
    const int width = body->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 24;
    const int height = body->sizeHint().height() + m_buttons->sizeHint().height() + 32;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    setMinimumWidth(std::min(width, screen.width()));
    resize(std::min(std::max(width, fontMetrics().averageCharWidth() * 80), screen.width()),
           std::min(height, screen.height() * 9 / 10));
}

void NewCallListDialog::updateButtons() {
    const bool newList = !m_target || m_target->currentData().toString().isEmpty();
    m_form->setEnabled(newList);
    bool ready = !newList || !m_form->nameEdit()->text().trimmed().isEmpty();
    if (m_sourceForm && m_sourceForm->source() == CallListSource::Csv)
        ready = ready && !m_sourceForm->csvPath().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

Result<CallListCreated> NewCallListDialog::build() {
    CallListBuilder builder(m_db, PhoneRegion::load(m_db));
    CallListFilter filter;
    filter.ids = m_ids;
    if (m_target && !m_target->currentData().toString().isEmpty()) {
        auto list = CallListRepository(m_db).list(m_target->currentData().toString());
        if (!list)
            return std::unexpected(list.error());
        if (!*list)
            return fail(ErrorCode::NotFound, tr("The call list no longer exists."));
        auto report = builder.fromStore((*list)->id, m_source, filter);
        if (!report)
            return std::unexpected(report.error());
        return CallListCreated{.list = **list, .report = *report};
    }
    CallList list = m_form->list();
    if (m_sourceForm) {
        auto chosen = m_sourceForm->filter();
        if (!chosen)
            return std::unexpected(chosen.error());
        filter = *chosen;
        list.source = m_sourceForm->source();
        list.filter = m_sourceForm->description();
        return builder.create(list, list.source, filter, m_sourceForm->csvPath());
    }
    list.source = CallListSource::Selection;
    list.filter = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"selection"_s, callListSourceKey(m_source)}, {u"records"_s, int(m_ids.size())}})
            .toJson(QJsonDocument::Compact));
    return builder.create(list, m_source, filter);
}

void NewCallListDialog::accept() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = build();
    QApplication::restoreOverrideCursor();
    if (!built) {
        m_problem->showMessage(built.error().message, MessageBanner::Type::Error);
        return;
    }
    m_result = *built;
    QDialog::accept();
}

std::optional<QString> NewCallListDialog::addSelection(Database& db, CallListSource source, const QStringList& ids,
                                                       QWidget* parent) {
    if (ids.isEmpty())
        return std::nullopt;
    NewCallListDialog dialog(db, source, ids, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reportText(dialog.built());
}

QString NewCallListDialog::reportText(const CallListCreated& c) {
    const CallListBuildReport& r = c.report;
    QString text = tr("“%1”: %n number(s) added", "", r.added).arg(c.list.name);
    QStringList left;
    if (r.doNotCall > 0)
        left.append(tr("%n do not call", "", r.doNotCall));
    if (r.duplicates > 0)
        left.append(tr("%n already on the list", "", r.duplicates));
    if (r.noNumber > 0)
        left.append(tr("%n without a number", "", r.noNumber));
    if (!left.isEmpty())
        text += tr("; left out: %1").arg(left.join(u", "_s));
    if (r.newLeads > 0)
        text += tr("; %n new lead(s) for numbers nobody had", "", r.newLeads);
    if (!r.problems.isEmpty())
        text += tr(". %n row(s) of the file could not be read; the first: %1", "", int(r.problems.size()))
                    .arg(r.problems.first());
    return text + u'.';
}

} // namespace Fieldbook
