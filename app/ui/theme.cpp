// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace calfatlas::app {

std::optional<Theme> themeFromId(const QString &id)
{
    if (id == QLatin1String("system"))
        return Theme::System;
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return std::nullopt;
}

QString idOf(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return {};
}

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF4, 0xF3, 0xEF));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::AlternateBase, QColor(0xF0, 0xEE, 0xE8));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFD, 0xF5));
    p.setColor(QPalette::ToolTipText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x7A, 0x7F, 0x86));
    p.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xEC, 0xEA, 0xE4));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Midlight, QColor(0xE2, 0xDF, 0xD7));
    p.setColor(QPalette::Mid, QColor(0xC9, 0xC5, 0xBB));
    p.setColor(QPalette::Dark, QColor(0x9A, 0x96, 0x8C));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x4C, 0x44));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1F, 0x5F, 0xA8));
    p.setColor(QPalette::LinkVisited, QColor(0x6A, 0x3F, 0x9E));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0x9A, 0x9A));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x28, 0x2C));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE4, 0xDF));
    p.setColor(QPalette::Base, QColor(0x1E, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2B, 0x2F, 0x34));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3C));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE4, 0xDF));
    p.setColor(QPalette::PlaceholderText, QColor(0x8C, 0x90, 0x96));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE4, 0xDF));
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3C));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE4, 0xDF));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x4A, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x3E, 0x44));
    p.setColor(QPalette::Mid, QColor(0x4A, 0x4F, 0x56));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0C, 0x0D, 0x0F));
    p.setColor(QPalette::Highlight, QColor(0x4F, 0x8F, 0xD6));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    p.setColor(QPalette::Link, QColor(0x7F, 0xB4, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xB8, 0x9A, 0xE8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7A, 0x7E, 0x84));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7A, 0x7E, 0x84));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7A, 0x7E, 0x84));
    return p;
}

// Fusion draws the scroll bar's handle lighter than its groove, so the darker, empty part reads as the
// thumb and the bar seems upside down. A flat bar whose handle is the darker shape, in either theme.
QString scrollBarStyle(bool dark)
{
    const QString handle = dark ? QStringLiteral("#6A7079") : QStringLiteral("#A9A59C");
    const QString hover = dark ? QStringLiteral("#868D96") : QStringLiteral("#8A867D");
    const QString groove = dark ? QStringLiteral("#2B2F34") : QStringLiteral("#E9E7E1");
    return QStringLiteral(
               "QScrollBar:vertical { background: %3; width: 12px; margin: 0; border: none; }"
               "QScrollBar:horizontal { background: %3; height: 12px; margin: 0; border: none; }"
               "QScrollBar::handle:vertical { background: %1; min-height: 32px; border-radius: 4px; margin: 2px; }"
               "QScrollBar::handle:horizontal { background: %1; min-width: 32px; border-radius: 4px; margin: 2px; }"
               "QScrollBar::handle:hover, QScrollBar::handle:pressed { background: %2; }"
               "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }"
               "QScrollBar::add-page, QScrollBar::sub-page { background: none; }")
        .arg(handle, hover, groove);
}

// Fusion outlines a checkbox or a radio button a shade darker than the window, which vanishes on a dark one:
// a safety question's box must be seen. Fusion, with a ring in the palette's mid-grey around each indicator.
class ClearIndicatorStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    // A checked button (a view, Labels, a pose) tinted and outlined in the highlight colour: Fusion's own
    // pressed shade is faint in the light theme and all but invisible in the dark one.
    static void drawCheckedPanel(const QStyleOption *option, QPainter *painter)
    {
        const QPalette &palette = option->palette;
        const bool dark = palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(dark ? 0.45F : 0.25F);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(fill);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.2));
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1.1, 1.1, -1.1, -1.1), 2.5, 2.5);
        painter->restore();
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_PanelButtonCommand && (option->state & State_On)) {
            drawCheckedPanel(option, painter);
            return;
        }
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        const QPalette &palette = option->palette;
        if (palette.color(QPalette::WindowText).lightness() <= palette.color(QPalette::Window).lightness())
            return; // light: Fusion's own outline reads well
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::PlaceholderText), 1.2));
        const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }
};

// A slider's groove, drawn by Fusion in the window's own shade, needs its own colours in the dark theme.
QString darkSliderStyle()
{
    return QStringLiteral("QSlider::groove:horizontal { background: #4A4F56; height: 4px; border-radius: 2px; }"
                          "QSlider::sub-page:horizontal { background: #4F8FD6; height: 4px; border-radius: 2px; }"
                          "QSlider::handle:horizontal { background: #C9CDD3; border: 1px solid #8C9096; width: 14px;"
                          " margin: -6px 0; border-radius: 8px; }");
}

} // namespace

void applyTheme(QApplication &app, Theme theme)
{
    // The desktop's own preference, read once before any palette of ours replaces it.
    static const bool systemIsDark = isDarkPalette();
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(new ClearIndicatorStyle(fusion));
    const bool dark = theme == Theme::Dark || (theme == Theme::System && systemIsDark);
    app.setPalette(dark ? darkPalette() : lightPalette());
    app.setStyleSheet(scrollBarStyle(dark) + (dark ? darkSliderStyle() : QString()));
}

bool isDarkPalette()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

} // namespace calfatlas::app
