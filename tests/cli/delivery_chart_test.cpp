// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery timeline's section names (issue 25): in any language a name stays inside the
// chart and clear of the others, moving to a second row rather than running over the next section.
#include "report/delivery_chart.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;

namespace {

// `seconds[i]` long sections of one sentence each, spoken one after the other.
DeliveryReport sections_of(const std::vector<double>& seconds)
{
    DeliveryReport report;
    double t = 0.0;
    for (std::size_t i = 0; i < seconds.size(); ++i) {
        SentenceDelivery sentence;
        sentence.sentence = i;
        sentence.start = t;
        sentence.end = t + seconds[i];
        report.sentences.push_back(sentence);
        SectionDelivery section;
        section.section = i;
        section.sentences = 1;
        report.sections.push_back(section);
        t = sentence.end;
    }
    report.seconds = t;
    return report;
}

struct Label {
    double left;
    double right;
    double baseline;
    std::string text;
};

std::vector<Label> section_labels(const ChartScene& scene, const std::vector<std::string>& titles)
{
    std::vector<Label> labels;
    for (const ChartText& text : scene.texts) {
        for (const std::string& title : titles) {
            if (text.text.rfind(title.substr(0, 3), 0) == 0) {
                labels.push_back({text.x, text.x + approximate_text_width(text.text, text.size), text.baseline, text.text});
            }
        }
    }
    return labels;
}

} // namespace

TEST_CASE("the delivery chart's section names never overlap, leave the chart or run over the next name")
{
    const std::vector<std::string> titles = {"在“讲好每一次发言”主题分享会上的讲话", "一、心中有稿，先把结构理清楚",
        "二、心中有数，把时间算明白", "三、心中有人，讲给台下的人听", "结语", "Closing words of thanks to everyone"};
    DeliveryChartOptions options;
    options.section_titles = titles;
    const ChartScene scene = layout_delivery_chart(sections_of({30, 35, 33, 37, 1, 1}), options);
    const std::vector<Label> labels = section_labels(scene, titles);
    REQUIRE(labels.size() >= 5);
    std::size_t second_row = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        INFO(labels[i].text);
        CHECK(labels[i].left >= 0.0);
        CHECK(labels[i].right <= scene.width);
        second_row += labels[i].baseline != labels.front().baseline;
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            if (labels[i].baseline == labels[j].baseline) {
                INFO(labels[j].text);
                CHECK((labels[i].right <= labels[j].left || labels[j].right <= labels[i].left));
            }
        }
        CHECK(labels[i].baseline < scene.height);
    }
    // The first name is longer than its section: it took the second row instead of being cut.
    CHECK(second_row >= 1);
    CHECK(labels.front().text == titles.front());
}
