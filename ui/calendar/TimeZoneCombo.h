#pragma once

#include <QComboBox>

namespace Fieldbook {

/// Picks an IANA time zone: typing any part of its name ("berl", "shang", "new_y") finds it. Each
/// zone shows its offset from UTC now ("Europe/Berlin (UTC+01:00)"). With a system entry first
/// (Settings), an empty id stands for following the system.
class TimeZoneCombo final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneCombo)
public:
    explicit TimeZoneCombo(QWidget* parent = nullptr, bool withSystemEntry = false);

    /// Chooses `ianaId` (empty: the system entry, if there is one); an unknown id is added.
    void setZoneId(const QByteArray& ianaId);
    QByteArray zoneId() const;

signals:
    void zoneChanged();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// Puts back the chosen zone's text when what was typed names none.
    void restoreText();
    void chooseTyped();

    int m_chosen = -1;
};

} // namespace Fieldbook
