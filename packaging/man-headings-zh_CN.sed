# help2man's section headings in Chinese, as zh_CN man pages name them (packaging/CMakeLists.txt).
s/^\.SH NAME$/.SH 名称/
s/^\.SH SYNOPSIS$/.SH 概述/
s/^\.SH DESCRIPTION$/.SH 描述/
s/^\.SH OPTIONS$/.SH 选项/
s/^\.SH FILES$/.SH 文件/
s/^\.SH ENVIRONMENT$/.SH 环境变量/
s/^\.SH "EXIT STATUS"$/.SH 退出状态/
s/^\.SH "SEE ALSO"$/.SH 参见/
s/^\.TH PODIUM "1" "\([^"]*\)" "\([^"]*\)" "User Commands"$/.TH PODIUM "1" "\1" "\2" "用户命令"/
