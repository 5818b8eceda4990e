#include "MessageBanner.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kFloatMargin = 8; // between a floating banner and the edges of its area
} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this)) {
    setObjectName(u"messageBanner"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"bannerAction"_s);
    m_action->hide();
    m_close->setObjectName(u"bannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::get(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_hideTimer->setSingleShot(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBanner::hideMessage);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::triggerAction);
    hide();
}

void MessageBanner::floatOver(QWidget* area) {
    Q_ASSERT(area && (area == parentWidget() || parentWidget()->isAncestorOf(area)));
    m_area = area;
    // The area moves inside the parent when anything between them is laid out again.
    for (QWidget* w = area; w && w != parentWidget(); w = w->parentWidget())
        w->installEventFilter(this);
    place();
}

bool MessageBanner::eventFilter(QObject* watched, QEvent* event) {
    if (m_area && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::place() {
    if (!m_area)
        return;
    const QPoint origin = m_area == parentWidget() ? QPoint() : m_area->mapTo(parentWidget(), QPoint());
    const int width = std::max(m_area->width() - 2 * kFloatMargin, minimumSizeHint().width());
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(origin.x() + kFloatMargin, origin.y() + m_area->height() - kFloatMargin - height, width, height);
    raise();
}

void MessageBanner::showMessage(const QString& text, Type type, int autoHideMs) {
    showAction(text, type, {}, {}, autoHideMs);
}

void MessageBanner::showAction(const QString& text, Type type, const QString& actionText, std::function<void()> action,
                               int autoHideMs) {
    m_type = type;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(bool(m_callback));
    static const std::pair<const char*, QStyle::StandardPixmap> icons[] = {
        {"emblem-ok", QStyle::SP_DialogApplyButton},
        {"dialog-information", QStyle::SP_MessageBoxInformation},
        {"dialog-warning", QStyle::SP_MessageBoxWarning},
        {"dialog-error", QStyle::SP_MessageBoxCritical},
    };
    const auto& [name, fallback] = icons[int(type)];
    m_icon->setPixmap(Icons::get(QString::fromLatin1(name), fallback).pixmap(16, 16));
    applyColours();
    place();
    show();
    if (autoHideMs > 0)
        m_hideTimer->start(autoHideMs);
    else
        m_hideTimer->stop();
}

void MessageBanner::hideMessage() {
    m_hideTimer->stop();
    m_callback = {};
    hide();
}

QString MessageBanner::text() const {
    return isHidden() ? QString() : m_text->text();
}

bool MessageBanner::triggerAction() {
    if (!m_callback)
        return false;
    const auto callback = std::move(m_callback);
    hideMessage();
    callback();
    return true;
}

void MessageBanner::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !isHidden())
        applyColours();
}

void MessageBanner::applyColours() {
    // Subtle tints of the window colour, so the banner reads well on light and dark palettes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QColor accent = base.color(QPalette::Highlight);
    switch (m_type) {
    case Type::Positive:
        accent = QColor(39, 174, 96);
        break;
    case Type::Warning:
        accent = QColor(246, 116, 0);
        break;
    case Type::Error:
        accent = QColor(218, 68, 83);
        break;
    case Type::Information:
        break;
    }
    QPalette p = base;
    p.setColor(QPalette::Window, Icons::tint(base.color(QPalette::Window), accent, 0.2));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace Fieldbook
