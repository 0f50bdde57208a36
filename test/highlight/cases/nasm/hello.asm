; Hello world for Linux x86-64
%define SYS_WRITE 1
%include "macros.inc" ; comment
        BITS 64
        SECTION .data
msg:    db "Hello, world!", 10
len     equ $ - msg
buf:    times 64 db 0
val:    dd 0x1F, 0FFh, 777q, 1010b, 3.14

        SECTION .text
        GLOBAL _start
_start:
        mov     rax, SYS_WRITE      ; write
        mov     rdi, 1              ; stdout
        lea     rsi, [rel msg]
        mov     rdx, len
        syscall
        xor     eax, eax
        mov     byte [buf + 2], 'A'
        cmp     dword [rbp-8], 10
        jne     .loop
.loop:
        inc     ecx
        mov     rax, 60             ; exit
        xor     edi, edi
        syscall
