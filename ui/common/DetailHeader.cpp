#include "DetailHeader.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Fieldbook {

DetailHeader::DetailHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_dirty(new QLabel(this)) {
    m_title->setObjectName(u"detailTitle"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"detailSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_dirty->setObjectName(u"dirtyIndicator"_s);
    m_dirty->setText(tr("● Unsaved changes — Ctrl+S saves"));
    m_dirty->setForegroundRole(QPalette::Link);
    m_dirty->hide();
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_dirty, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_subtitle, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

void DetailHeader::setTitle(const QString& title, const QString& subtitle) {
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void DetailHeader::setDirty(bool dirty) {
    m_dirty->setVisible(dirty);
}

QString DetailHeader::title() const {
    return m_title->text();
}

} // namespace Fieldbook
