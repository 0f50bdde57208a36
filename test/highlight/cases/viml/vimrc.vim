" General settings
set nocompatible
set number relativenumber
set tabstop=4 shiftwidth=4 expandtab
set encoding=utf-8
syntax on
filetype plugin indent on

let mapleader = ","
let g:netrw_banner = 0
let s:count = 42

" Key mappings
nnoremap <leader>w :w<CR>
inoremap jk <Esc>
vnoremap < <gv

highlight Comment ctermfg=grey gui=italic guifg=#8a8a8a
highlight Normal guibg=NONE

function! StripTrailing() abort
  let l:save = winsaveview()
  %s/\s\+$//e
  call winrestview(l:save)
endfunction

augroup vimrc
  autocmd!
  autocmd BufWritePre *.py,*.js call StripTrailing()
  autocmd FileType markdown setlocal spell
augroup END

if has('mac')
  set clipboard=unnamed
elseif exists("g:loaded_sensible")
  echo "sensible loaded"
else
  echom 'other'
endif

command! -nargs=1 Greet echo "Hello, " . <q-args>
let list = [1, 2, 3]
for item in list
  echo item * -2
endfor
