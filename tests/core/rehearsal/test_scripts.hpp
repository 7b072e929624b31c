// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scripts with known sections for the rehearsal tests, built directly as Script values so the
// tests do not depend on section detection (another issue).
#include "core/script/script.hpp"

#include <string>
#include <vector>

namespace podium::testing {

struct SectionText {
    std::string title;                              // also the first sentence (the heading)
    std::vector<std::vector<std::string>> paragraphs; // sentences per paragraph, after the heading
};

inline Script make_script(const std::vector<SectionText>& sections)
{
    Script script;
    auto add_paragraph = [&](const std::vector<std::string>& sentences, std::size_t section, bool heading) {
        Paragraph paragraph;
        paragraph.first_sentence = script.sentences.size();
        paragraph.span.begin = script.text.size();
        for (const auto& text : sentences) {
            Sentence sentence;
            sentence.span.begin = script.text.size();
            script.text += text;
            sentence.span.end = script.text.size();
            sentence.paragraph = script.paragraphs.size();
            sentence.section = section;
            sentence.is_heading = heading;
            script.sentences.push_back(sentence);
        }
        paragraph.span.end = script.text.size();
        paragraph.sentence_count = sentences.size();
        script.paragraphs.push_back(paragraph);
        script.text += '\n';
    };
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section;
        section.title = sections[s].title;
        section.first_sentence = script.sentences.size();
        add_paragraph({sections[s].title}, s, true);
        for (const auto& paragraph : sections[s].paragraphs) {
            add_paragraph(paragraph, s, false);
        }
        section.end_sentence = script.sentences.size();
        script.sections.push_back(section);
    }
    return script;
}

// A Chinese talk: four sections, sentences of varied length.
inline Script chinese_talk()
{
    return make_script({
        {"开场", {{"各位同事，大家上午好！", "今天借这个机会，和大家聊一聊怎样把一次发言讲好。"},
                     {"很多同志都有这样的体会：稿子写了三遍，上台时还是紧张，讲着讲着就超了时。"}}},
        {"一、心中有稿", {{"一篇好的发言，先要让听众知道你讲几件事、讲到了哪一件。", "标题要短，层次要清。"},
                           {"每一部分开头，最好先用一句话亮出观点，再用事例和数据来支撑。",
                               "比如，去年我们部门的满意度明显提高了，这个变化本身就很有说服力。"}}},
        {"二、心中有数", {{"正式发言的语速，一般是每分钟两百字左右。", "稿子越长，越要提前算好时间。"},
                           {"如果会议只给十分钟，就要提前删减，而不是到台上再赶。",
                               "每一部分都给自己定一个时间，练习时掐着表讲两到三遍，哪一部分超时，就删哪一部分。"}}},
        {"三、心中有人", {{"发言不是念稿子，而是和听众交流。", "眼睛要看着大家，语气要有起伏。"},
                           {"关键的地方要停一停，让听众跟上你的思路。", "谢谢大家！"}}},
    });
}

// A longer rehearsal (about four minutes): the talk above plus three more parts, so the runs
// hold as many sentences as a real rehearsal would.
inline Script longer_chinese_talk()
{
    return make_script({
        {"开场", {{"各位同事，大家上午好！", "今天借这个机会，和大家聊一聊怎样把一次发言讲好。"},
                     {"很多同志都有这样的体会：稿子写了三遍，上台时还是紧张，讲着讲着就超了时。", "下面，我谈几点想法。"}}},
        {"一、心中有稿", {{"一篇好的发言，先要让听众知道你讲几件事、讲到了哪一件。", "标题要短，层次要清。"},
                           {"每一部分开头，最好先用一句话亮出观点，再用事例和数据来支撑。",
                               "比如，去年我们部门的满意度明显提高了，这个变化本身就很有说服力。"}}},
        {"二、心中有数", {{"正式发言的语速，一般是每分钟两百字左右。", "稿子越长，越要提前算好时间。"},
                           {"如果会议只给十分钟，就要提前删减，而不是到台上再赶。",
                               "每一部分都给自己定一个时间，练习时掐着表讲两到三遍，哪一部分超时，就删哪一部分。"}}},
        {"三、心中有人", {{"发言不是念稿子，而是和听众交流。", "眼睛要看着大家，语气要有起伏。"},
                           {"关键的地方要停一停，让听众跟上你的思路。", "讲到数字的时候，放慢一点。"}}},
        {"四、心中有底", {{"上台之前，把开头三句话背熟。", "开头顺了，后面就不慌。", "如果忘了词，就看一眼提词器，接着往下讲。"},
                           {"遇到突发情况，比如话筒没声音，不要紧张，停下来等一等。",
                               "听众并不知道你原来准备讲什么，只要意思清楚，少讲一句也没关系。"}}},
        {"五、多练多改", {{"好的发言是练出来的。", "第一遍，对着稿子读，找出拗口的句子。",
                               "第二遍，脱开稿子讲，记下卡住的地方。", "第三遍，请同事听一听，看看哪里没听懂。"},
                           {"每练一遍，都把时间记下来。", "哪一部分总是超时，就说明那一部分写得太满了。"}}},
        {"结束语", {{"同志们，每一次发言，都是展示自己、交流思想的机会。", "希望大家认真准备，讲出水平，讲出风采。"},
                       {"谢谢大家！"}}},
    });
}

// ANOTHER Chinese script (different text, lengths and structure) for the calibration check.
inline Script another_chinese_talk()
{
    return make_script({
        {"引言", {{"同志们，今天我们召开年度工作总结会。", "首先，我代表领导班子向大家一年来的辛勤付出表示感谢。"}}},
        {"一、主要成绩",
            {{"这一年，我们围绕中心工作，扎实推进各项任务。", "服务质量稳步提升，群众反映的问题基本做到当天受理、限时办结。",
                 "队伍建设不断加强。"},
                {"同时也要看到，我们的工作还存在不少短板。", "有的同志办事拖拉，有的环节衔接不畅。"}}},
        {"二、明年打算",
            {{"明年，我们要在三个方面下功夫。", "一是抓落实，每项任务都要明确责任人和完成时限。",
                 "二是抓创新，鼓励大家结合实际大胆探索。", "三是抓作风，坚决反对形式主义和官僚主义。"}}},
        {"结束语", {{"新的一年，任务艰巨，使命光荣。", "让我们团结一心，攻坚克难，以更好的成绩回报大家的信任！"}}},
    });
}

// An English talk for words-per-minute calibration.
inline Script english_talk()
{
    return make_script({
        {"Opening", {{"Good morning, everyone.", "Thank you all for coming to this session about speaking well."},
                        {"Most of us have written a speech three times and still run over on the day."}}},
        {"Structure", {{"Tell the audience how many points you will make.", "Keep every heading short and clear."},
                          {"Open each part with one sentence that states the point, then support it with "
                           "examples and numbers that people can remember."}}},
        {"Timing", {{"A formal speaker talks at about one hundred and forty words a minute.",
                        "If you have ten minutes, cut before you step on the stage."},
                       {"Rehearse each part with a timer, two or three times."}}},
        {"Closing", {{"Speak to the people in the room, not to the page.", "Thank you."}}},
    });
}

} // namespace podium::testing
