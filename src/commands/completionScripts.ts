/**
 * The scripts `roadmap completion SHELL` prints. Each asks `roadmap __complete WORD… CURRENT` (see
 * complete.ts) with the words unquoted, and reads back a directive line (`:files` or `:words`) and one
 * candidate a line, `VALUE<TAB>DESCRIPTION`. Quoting the chosen value (a title with spaces, CJK) is the
 * shell's own business: bash gets each value escaped with `printf %q`, zsh's compadd and fish quote
 * what they insert.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# bash completion for roadmap
# Load it from ~/.bashrc:
#   eval "$(roadmap completion bash)"

# A word as the command will receive it: quotes and backslashes taken off (an unclosed quote too).
_roadmap_unquote() {
  local word=$1 out='' quote='' character i
  for ((i = 0; i < \${#word}; i++)); do
    character=\${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $character == "'" ]]; then quote=''; else out+=$character; fi
    elif [[ $character == '\\' ]]; then
      ((i++))
      out+=\${word:i:1}
    elif [[ -z $quote && ( $character == "'" || $character == '"' ) ]]; then
      quote=$character
    elif [[ $quote == '"' && $character == '"' ]]; then
      quote=''
    else
      out+=$character
    fi
  done
  REPLY=$out
}

_roadmap() {
  local i word typed directive line current
  local -a words=() lines=()
  # Readline splits --format=dot at the '=': put the option and its value back together.
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if ((\${#words[@]} > 0)) && [[ \${words[-1]} == --* ]] && [[ $word == '=' || ( \${words[-1]} == *= && \${COMP_WORDS[i-1]} == '=' ) ]]; then
      words[-1]+=$word
    else
      _roadmap_unquote "$word"
      words+=("$REPLY")
    fi
  done
  typed=\${words[-1]}
  mapfile -t lines < <(roadmap __complete "\${words[@]}" 2>/dev/null)
  directive=\${lines[0]}
  current=\${COMP_WORDS[COMP_CWORD]}
  COMPREPLY=()
  for line in "\${lines[@]:1}"; do
    line=\${line%%$'\\t'*}
    # Readline replaces only what follows the '=' of --option=value.
    [[ $typed == --*=* ]] && line=\${line#*=}
    # Inside an open quote readline quotes the value itself; elsewhere it goes in escaped.
    if [[ $directive != :files && $current != [\\'\\"]* ]]; then printf -v line '%q' "$line"; fi
    COMPREPLY+=("$line")
  done
  if [[ $directive == :files ]]; then
    compopt -o filenames 2>/dev/null
    [[ $typed == --*=* ]] && typed=\${typed#*=}
    mapfile -t -O \${#COMPREPLY[@]} COMPREPLY < <(compgen -f -- "$typed")
  fi
}

complete -F _roadmap roadmap
`;

const ZSH = `#compdef roadmap
# zsh completion for roadmap
# Load it from ~/.zshrc, after compinit:
#   eval "$(roadmap completion zsh)"
# or save it as _roadmap in a folder of $fpath:
#   roadmap completion zsh > "\${fpath[1]}/_roadmap"

_roadmap() {
  local -a lines values shown
  local line directive value
  lines=("\${(@f)$(roadmap __complete "\${(@Q)words[2,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null)}")
  directive=\${lines[1]}
  for line in "\${(@)lines[2,-1]}"; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    values+=("$value")
    if [[ $line == *$'\\t'* ]]; then shown+=("$value  -- \${line#*$'\\t'}"); else shown+=("$value"); fi
  done
  local result=1
  # -U: the values are already the ones that fit (a title may fit by a word in its middle).
  if (( \${#values} )); then compadd -U -l -d shown -a values && result=0; fi
  if [[ $directive == :files ]]; then _files && result=0; fi
  return result
}

if [[ \${funcstack[1]} == _roadmap ]]; then
  _roadmap "$@"
else
  compdef _roadmap roadmap
fi
`;

const FISH = `# fish completion for roadmap
# Save it where fish looks for completions:
#   roadmap completion fish > ~/.config/fish/completions/roadmap.fish

function __roadmap_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l typed (string unescape -- $current)
    or set typed (string trim --left --chars='"\\'' -- $current)
    set -l lines (roadmap __complete $words "$typed" 2>/dev/null)
    or return
    set -l directive $lines[1]
    set -e lines[1]
    for line in $lines
        echo $line
    end
    if test "$directive" = :files
        __fish_complete_path "$typed"
    end
end

complete -c roadmap -f -a '(__roadmap_complete)'
`;

export const COMPLETION_SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };
