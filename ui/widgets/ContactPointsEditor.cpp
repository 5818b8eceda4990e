#include "ContactPointsEditor.h"

#include "FieldCheck.h"
#include "Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
QList<std::pair<QString, QString>> typeChoices(ContactPointsEditor::Kind kind) {
    QList<std::pair<QString, QString>> choices{
        {u"work"_s, ContactPointsEditor::tr("Work")},
    };
    if (kind == ContactPointsEditor::Kind::Phone)
        choices.append({u"mobile"_s, ContactPointsEditor::tr("Mobile")});
    choices.append({u"home"_s, ContactPointsEditor::tr("Home")});
    if (kind == ContactPointsEditor::Kind::Phone)
        choices.append({u"fax"_s, ContactPointsEditor::tr("Fax")});
    choices.append({u"other"_s, ContactPointsEditor::tr("Other")});
    return choices;
}

/// The last widget before `widget` in its window's focus chain that Tab stops at; nullptr when none.
QWidget* tabStopBefore(QWidget* widget) {
    const QWidget* start = widget->window(); // the chain begins with the window: do not wrap past it
    for (QWidget* w = widget->previousInFocusChain(); w && w != widget && w != start; w = w->previousInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            return w;
    return nullptr;
}
} // namespace

ContactPointsEditor::ContactPointsEditor(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this)) {
    m_add->setObjectName(u"addPointButton"_s);
    m_add->setText(kind == Kind::Email ? tr("Add e-mail") : tr("Add phone"));
    m_add->setIcon(Icons::get(u"list-add"_s));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &ContactPointsEditor::addRow);
    setPoints({});
}

void ContactPointsEditor::setRegion(const QString& region) {
    m_region = region;
    for (const Row& row : std::as_const(m_rows))
        row.check->setRegion(region);
}

void ContactPointsEditor::setPoints(const ContactPoints& points) {
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().widget;
    }
    for (const ContactPoint& point : points)
        appendRow(point);
    if (m_rows.isEmpty()) // one empty row invites typing without an extra click
        appendRow({});
}

ContactPoints ContactPointsEditor::points() const {
    ContactPoints result;
    for (const Row& row : m_rows) {
        const QString value = row.check->value();
        if (!value.isEmpty())
            result.append(ContactPoint{row.type->currentData().toString(), value});
    }
    return result;
}

void ContactPointsEditor::addRow() {
    Row& row = appendRow({});
    row.value->setFocus(Qt::OtherFocusReason);
}

QLineEdit* ContactPointsEditor::valueEdit(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

ContactPointsEditor::Row& ContactPointsEditor::appendRow(const ContactPoint& point) {
    auto* widget = new QWidget(this);
    auto* type = new QComboBox(widget);
    type->setObjectName(u"pointType"_s);
    for (const auto& [value, label] : typeChoices(m_kind))
        type->addItem(label, value);
    const int typeIndex = type->findData(point.type.isEmpty() ? u"work"_s : point.type);
    if (typeIndex < 0)
        type->addItem(point.type, point.type); // a type from an import: keep it
    type->setCurrentIndex(typeIndex < 0 ? type->count() - 1 : typeIndex);
    auto* value = new QLineEdit(point.value, widget);
    value->setObjectName(u"pointValue"_s);
    value->setPlaceholderText(m_kind == Kind::Email ? tr("name@example.com") : tr("+1 555 0100"));
    auto* remove = new QToolButton(widget);
    remove->setObjectName(u"removePointButton"_s);
    remove->setIcon(Icons::get(u"list-remove"_s, QStyle::SP_DialogDiscardButton));
    remove->setToolTip(m_kind == Kind::Email ? tr("Remove this e-mail address") : tr("Remove this phone number"));
    remove->setAutoRaise(true);

    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(type);
    layout->addWidget(value, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    auto* check = new FieldCheck(value, m_kind == Kind::Email ? FieldCheck::Kind::Email : FieldCheck::Kind::Phone);
    check->setRegion(m_region);
    check->mark();

    connect(type, &QComboBox::currentIndexChanged, this, &ContactPointsEditor::changed);
    connect(value, &QLineEdit::textEdited, this, &ContactPointsEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    const Row row{widget, type, value, remove, check};
    placeInTabOrder(row);
    m_rows.append(row);
    return m_rows.last();
}

void ContactPointsEditor::placeInTabOrder(const Row& row) const {
    // A row made after the form was built would be reached last, after every other field of the
    // window; Tab goes through the rows in order, then to "Add".
    QWidget* previous = m_rows.isEmpty() ? tabStopBefore(m_add) : m_rows.last().remove;
    if (previous)
        setTabOrder(previous, row.type);
    setTabOrder(row.type, row.value);
    setTabOrder(row.value, row.remove);
    if (!previous) // nothing before this editor: "Add" follows the row
        setTabOrder(row.remove, m_add);
}

void ContactPointsEditor::removeRow(QWidget* rowWidget) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            break;
        }
    }
    if (m_rows.isEmpty())
        appendRow({});
    emit changed();
}

} // namespace Fieldbook
