#include "MessageBox.h"

namespace Fieldbook {

std::optional<MessageBox::Button> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton) {
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& details) {
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok, details);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text) {
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(Button answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return s_lastText;
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton, const QString& details) {
    s_lastText = text;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return Button(box.exec());
}

} // namespace Fieldbook
