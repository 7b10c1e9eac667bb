// Shell page so WeChat DevTools opens the project; the member and secretary pages come with their own issue.
Component({});
