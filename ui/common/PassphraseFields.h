// Passphrase + confirmation with a strength hint; used wherever a new passphrase is chosen.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace fw::ui {

class PassphraseFields : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinLength = 8;

    explicit PassphraseFields(QWidget* parent = nullptr);

    bool isAcceptable() const; // long enough and both entries equal
    QByteArray passphrase() const;
    void clear();
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }

    // A short hint about how hard the passphrase is to guess.
    static QString strengthHint(const QString& passphrase);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHints();

    QLabel* m_passphraseLabel;
    QLabel* m_confirmLabel;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_strength;
    QLabel* m_mismatch;
};

} // namespace fw::ui
