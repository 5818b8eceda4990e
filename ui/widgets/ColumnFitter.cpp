#include "ColumnFitter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kMaxWanted = 320;   // a long value must not push every other column out of sight
constexpr int kMeasuredRows = 50; // rows looked at to learn what a column holds (about a screenful)
const QString kWidthsKey = u"columnWidths"_s;
} // namespace

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, const QString& settingsGroup)
    : QObject(view)
    , m_view(view)
    , m_stretchColumn(stretchColumn)
    , m_settingsGroup(settingsGroup) {
    setObjectName(u"columnFitter"_s);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false); // the stretch column takes what is left, not the last one
    header->setResizeContentsPrecision(kMeasuredRows);
    if (!m_settingsGroup.isEmpty()) {
        QSettings settings;
        settings.beginGroup(m_settingsGroup);
        const QVariantMap widths = settings.value(kWidthsKey).toMap();
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            m_dragged.insert(it.key().toInt(), it.value().toInt());
    }
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ColumnFitter::onSectionResized);
    connect(header, &QHeaderView::sectionCountChanged, this, [this] {
        watchModel();
        fit();
    });
    watchModel();
    fit();
}

ColumnFitter::~ColumnFitter() {
    if (m_settingsGroup.isEmpty())
        return;
    QVariantMap widths;
    for (auto it = m_dragged.cbegin(); it != m_dragged.cend(); ++it)
        widths.insert(QString::number(it.key()), it.value());
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    settings.setValue(kWidthsKey, widths);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize) {
        fit();
    } else if (event->type() == QEvent::Paint && m_view->model() != m_model) {
        // The view was given another model (a section rebuilds it): measure it before it is seen.
        QMetaObject::invokeMethod(
            this,
            [this] {
                watchModel();
                fit();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::watchModel() {
    if (m_view->model() == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = m_view->model();
    m_measured.clear();
    if (!m_model)
        return;
    const auto firstRows = [this] {
        if (m_measured.isEmpty()) // measured once: later pages or filters do not make the columns jump
            fit();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, firstRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, firstRows);
}

void ColumnFitter::measure() {
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view; // QTableView makes its override protected; the base's is public
    for (int column = 0; column < header->count(); ++column) {
        const int content = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        m_measured.insert(column, std::clamp(content, header->minimumSectionSize(), kMaxWanted));
    }
}

int ColumnFitter::wantedWidth(int column) const {
    if (const auto dragged = m_dragged.constFind(column); dragged != m_dragged.cend())
        return *dragged;
    if (const auto measured = m_measured.constFind(column); measured != m_measured.cend())
        return *measured;
    return std::max(m_view->horizontalHeader()->sectionSizeHint(column),
                    m_view->horizontalHeader()->defaultSectionSize());
}

int ColumnFitter::minimumWidth(int column) const {
    const QHeaderView* header = m_view->horizontalHeader();
    // The header stays readable; narrower than that a column would be a guessing game.
    return std::min(wantedWidth(column), std::max(header->sectionSizeHint(column), header->minimumSectionSize()));
}

void ColumnFitter::fit() {
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    // A hidden list waits until it is shown: sections the user never opens cost nothing at start-up.
    if (m_fitting || !m_view->model() || !m_view->isVisible() || available <= 0)
        return;
    if (m_measured.isEmpty())
        measure();
    QList<int> columns;
    for (int column = 0; column < header->count(); ++column)
        if (!header->isSectionHidden(column))
            columns.append(column);
    if (columns.isEmpty())
        return;
    QHash<int, int> widths;
    int total = 0;
    for (const int column : std::as_const(columns)) {
        widths.insert(column, wantedWidth(column));
        total += widths.value(column);
    }
    if (total < available)
        widths[columns.contains(m_stretchColumn) ? m_stretchColumn : columns.constFirst()] += available - total;
    else if (total > available)
        shrink(widths, columns, total - available);
    m_fitting = true;
    for (const int column : std::as_const(columns))
        if (header->sectionSize(column) != widths.value(column))
            header->resizeSection(column, widths.value(column));
    m_fitting = false;
}

void ColumnFitter::shrink(QHash<int, int>& widths, const QList<int>& columns, int excess) const {
    // The widest columns give first, down to a common width, so that short values (phone numbers,
    // dates) stay whole while long ones (e-mail addresses, company names) are cut: find the largest
    // cap at which everything fits, no column going below its minimum.
    int available = -excess;
    for (const int column : columns)
        available += widths.value(column);
    const auto widthAt = [&](int column, int cap) {
        return std::max(minimumWidth(column), std::min(widths.value(column), cap));
    };
    const auto totalAt = [&](int cap) {
        int total = 0;
        for (const int column : columns)
            total += widthAt(column, cap);
        return total;
    };
    int low = 0;
    int high = 0;
    for (const int column : columns)
        high = std::max(high, widths.value(column));
    while (low < high) {
        const int cap = (low + high + 1) / 2;
        if (totalAt(cap) <= available)
            low = cap;
        else
            high = cap - 1;
    }
    int left = available - totalAt(low); // less than one pixel per capped column
    for (const int column : columns) {
        const bool capped = widths.value(column) > low && widthAt(column, low) == low;
        widths[column] = widthAt(column, low) + (capped && left > 0 ? 1 : 0);
        left -= capped && left > 0 ? 1 : 0;
    }
}

void ColumnFitter::onSectionResized(int column, int, int newSize) {
    // Only a drag (or a double click on the handle) by the user is a preference; the fitter's own
    // resizing and restored header states are not.
    if (m_fitting || QGuiApplication::mouseButtons() == Qt::NoButton)
        return;
    m_dragged.insert(column, newSize);
}

} // namespace Fieldbook
